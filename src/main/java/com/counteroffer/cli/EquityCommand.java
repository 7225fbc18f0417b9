package com.counteroffer.cli;

import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.EquityView;
import com.counteroffer.service.Services;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer equity}: a saved offer's options or private shares as JSON — ownership and its
 * dilution, the waterfall of each exit, the grant's value, exercise cost and tax, liquidity. Values
 * are read as text and parsed here, so a bad value is bad input (exit 2).
 */
@Command(name = "equity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a saved offer's stock options or private-company shares and print JSON: ownership"
                + " and dilution path, waterfall per exit scenario, grant value (expected, worst, median, best),"
                + " break-even exit, exercise cost and tax estimate, ISO limit, liquidity schedule, assumptions.",
                "Tax figures are estimates, not tax advice."})
final class EquityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--offer", required = true, paramLabel = "ID", description = "A saved offer's id.")
    private String offerId;

    @Option(names = "--valuation", paramLabel = "BASIS",
            description = "Value the shares at: 409a, preferred, exit or scenarios (default: the offer's own choice).")
    private String valuation;

    @Option(names = "--exit-value", paramLabel = "DOLLARS",
            description = "The company's value at the exit to use instead of the offer's, e.g. 2000m; values the"
                    + " shares at that exit (--valuation exit, the only valuation it goes with).")
    private String exitValue;

    @Override
    public Integer call() {
        long id = OffersCommand.parseId(offerId);
        ValuationBasis basis = valuation == null ? null : basis(valuation);
        Long exit = exitValue == null ? null : exitValue(exitValue);
        if (exit != null) {
            // An exit value only counts under the exit basis: implied when no valuation is given, and refused
            // beside another rather than silently ignored.
            if (basis != null && basis != ValuationBasis.EXIT) {
                throw new BadInputException("--exit-value needs --valuation exit (found --valuation " + basis.id()
                        + "); leave out --valuation or give exit");
            }
            basis = ValuationBasis.EXIT;
        }
        EquityView view;
        UnreadableRowLines unreadable;
        try (Services services = RootCommand.of(spec).openServices()) {
            long client = RootCommand.of(spec).client(services).id();
            view = services.equity().analyse(client, id, basis, exit);
            unreadable = UnreadableRowLines.of(services, client);
        }
        spec.commandLine().getOut().println(Json.write(EquityJson.of(id, view)));
        return unreadable.finish(spec, UnreadableRowLines.NONE_NEEDED, ExitCode.OK);
    }

    private static ValuationBasis basis(String text) {
        return ValuationBasis.fromId(text).orElseThrow(() -> new BadInputException("--valuation: expected one of "
                + Arrays.stream(ValuationBasis.values()).map(ValuationBasis::id).collect(Collectors.joining(", "))
                + ", found \"" + text.strip() + "\""));
    }

    private static long exitValue(String text) {
        Parsed<Long> parsed = Amounts.parse(text, EquityAnalysis.MAX_EXIT_VALUE, true);
        if (!parsed.ok()) {
            throw new BadInputException("--exit-value: " + parsed.error());
        }
        return parsed.value();
    }
}
