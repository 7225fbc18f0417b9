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

/**
 * {@code counteroffer clients list|add|erase}: a coach's clients; pick one for any command with
 * --client NAME.
 */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = {"List, add and erase clients (coach mode). Every other command works on one client: "
                + "the one named by --client NAME, or the default client \"Me\"."},
        subcommands = {ClientsCommand.ListClients.class, ClientsCommand.AddClient.class, ClientsCommand.EraseClient.class})
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

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = {"Erase a client for a data-removal request: its profile, offers, rounds, plans, "
                    + "notes and action items are removed from the database, which is then compacted so "
                    + "nothing of it stays in the file. Names the backups that still hold the client."})
    static final class EraseClient implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The client's name (ignoring case); a deleted client too.")
        private String name;
        @Option(names = "--yes", description = "Confirm: the erase can't be undone.")
        private boolean yes;

        @Override
        public Integer call() {
            if (!yes) {
                throw new BadInputException("Erasing \"" + name + "\" can't be undone; to go ahead, run it again "
                        + "with --yes: counteroffer clients erase \"" + name + "\" --yes");
            }
            com.counteroffer.service.EraseService.Erased erased;
            try (Services services = RootCommand.of(spec).openServices()) {
                erased = services.erase().erase(services.erase().find(name));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Erased client " + erased.client().name() + ": its rows are gone from the database, "
                    + "and the file was compacted.");
            if (erased.backups().isEmpty()) {
                out.println("No backup holds the client.");
            } else {
                out.println(erased.backups().size() + (erased.backups().size() == 1 ? " backup still holds"
                        : " backups still hold") + " the client; delete them to finish the erase:");
                java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.US).withZone(java.time.ZoneId.systemDefault());
                for (var backup : erased.backups()) {
                    out.println("  " + when.format(backup.takenAt()) + "  " + backup.file());
                }
            }
            return ExitCode.OK;
        }
    }
}
