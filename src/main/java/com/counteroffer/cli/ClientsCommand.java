package com.counteroffer.cli;

import com.counteroffer.service.Services;
import com.counteroffer.domain.client.BadClientNameException;
import com.counteroffer.domain.client.Client;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counteroffer clients list|add}: a coach's clients; pick one for any command with --client NAME. */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = {"List and add clients (coach mode). Every other command works on one client: "
                + "the one named by --client NAME, or the default client \"Me\"."},
        subcommands = {ClientsCommand.ListClients.class, ClientsCommand.AddClient.class})
final class ClientsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the clients, archived ones last.")
    static final class ListClients implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--json", description = "Print {\"clients\": [{\"id\", \"name\", \"archived\"}]}.")
        private boolean json;

        @Override
        public Integer call() {
            List<Client> clients;
            try (Services services = RootCommand.of(spec).openServices()) {
                clients = services.clients().list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Client client : clients) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", client.id());
                    row.put("name", client.name());
                    row.put("archived", client.archived());
                    rows.add(row);
                }
                out.println(Json.write(Map.of("clients", rows)));
            } else if (clients.isEmpty()) {
                out.println("No clients. Add one with: counteroffer clients add NAME");
            } else {
                out.printf("%4s  %s%n", "ID", "NAME");
                for (Client client : clients) {
                    out.printf("%4d  %s%n", client.id(), client.name() + (client.archived() ? " (archived)" : ""));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a client.")
    static final class AddClient implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The client's name, unique ignoring case (quote names with spaces).")
        private String name;
        @Option(names = "--json", description = "Print {\"id\": N, \"name\": NAME}.")
        private boolean json;

        @Override
        public Integer call() {
            Client added;
            try (Services services = RootCommand.of(spec).openServices()) {
                added = services.clients().add(name);
            } catch (BadClientNameException e) {
                throw new BadInputException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", added.id());
                row.put("name", added.name());
                out.println(Json.write(row));
            } else {
                out.println("Added client " + added.name() + " (id " + added.id() + "). Use it with: --client \""
                        + added.name() + "\"");
            }
            return ExitCode.OK;
        }
    }
}
