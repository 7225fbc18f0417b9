package com.counteroffer.service;

import com.counteroffer.domain.input.OfferFormatException;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.compare.OfferTakeHome;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compare.OfferWithholding;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.NoSuchOfferException;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferChanges;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.store.RowsRead;
import com.counteroffer.data.InputFiles;
import com.counteroffer.domain.input.UnreadableFileException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A client's offers: saved, edited, duplicated, deleted with undo, negotiated round by round, projected. */
public final class OfferService {

    private final OfferRepository repository;
    private final TaxReference taxes;
    private final DataChanges changes;

    public OfferService(OfferRepository repository, TaxReference taxes, DataChanges changes) {
        this.repository = repository;
        this.taxes = taxes;
        this.changes = changes;
    }

    /**
     * The client's offers (the current job included), oldest first. An offer whose saved row can't
     * be read is left out; {@link UnreadableRowService} names it.
     */
    public List<StoredOffer> list(long clientId) {
        return Await.result(repository.list(clientId));
    }

    /** The client's offers that can be read, oldest first, and the rows that can't. */
    RowsRead<StoredOffer> read(long clientId) {
        return Await.result(repository.read(clientId));
    }

    /**
     * @throws NoSuchOfferException when the client has no such offer
     * @throws com.counteroffer.store.StoreException naming the row when the offer is saved but can't be read
     */
    public StoredOffer get(long clientId, long offerId) {
        return Await.result(repository.get(clientId, offerId)).orElseThrow(() -> new NoSuchOfferException(offerId));
    }

    /** Saves a new offer with its initial round; returns its id. */
    public long add(long clientId, Offer offer) {
        requireText(offer);
        long id = Await.result(repository.add(clientId, offer));
        changes.announce(new DataChange.Offers(clientId, id));
        return id;
    }

    /** The forms and files check text before this; the check here keeps any other way in from storing what they refuse. */
    private static void requireText(Offer offer) {
        List<String> problems = OfferValidator.textProblems(offer);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The offer can't be saved: " + String.join("; ", problems) + ".");
        }
    }

    /** Removes offers deleted longer than 30 days ago (Undo no longer reaches them); run at start. */
    public int purgeDeleted() {
        return Await.result(repository.purgeDeleted());
    }

    /** Corrects an offer's terms (a typo, a missed field). */
    public void update(long clientId, long offerId, Offer offer) {
        requireText(offer);
        Await.result(repository.update(clientId, offerId, offer));
        changes.announce(new DataChange.Offers(clientId, offerId));
    }

    /**
     * Saves the private company's terms of an offer's equity (how to value it, the exit, the scenarios,
     * preferences, dilution, liquidity) as a correction of the offer, not as a negotiation round.
     *
     * @throws InvalidInputException when the offer has no options or private-company RSUs
     */
    public void updatePrivateTerms(long clientId, long offerId, PrivateCompany company) {
        Offer offer = get(clientId, offerId).offer();
        Equity equity;
        if (offer.equity() instanceof OptionGrant options) {
            equity = options.withCompany(company);
        } else if (offer.equity() instanceof RsuGrant rsu && rsu.isPrivate()) {
            equity = rsu.withCompany(company);
        } else {
            throw new InvalidInputException("This offer has no options or private-company shares to value; give"
                    + " them in the offer editor.");
        }
        Offer changed = offer.withTerms(offer.base(), offer.signOns(), equity);
        List<String> problems = OfferValidator.problems(changed);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("These terms can't be saved: " + String.join("; ", problems) + ".");
        }
        update(clientId, offerId, changed);
    }

    /** Saves a copy of an offer under {@code copyName}, not as the current job; returns the copy's id. */
    public long duplicate(long clientId, long offerId, String copyName) {
        return add(clientId, get(clientId, offerId).offer().asCopyNamed(copyName));
    }

    public void delete(long clientId, long offerId) {
        Await.result(repository.delete(clientId, offerId));
        changes.announce(new DataChange.Offers(clientId, offerId));
    }

    public void restore(long clientId, long offerId) {
        Await.result(repository.restore(clientId, offerId));
        changes.announce(new DataChange.Offers(clientId, offerId));
    }

    /**
     * Records a round with whole terms (the offer editor's). The employer's terms become the offer's;
     * an ask of the user's joins the history only, unless it is marked agreed.
     */
    public OfferRound recordRound(long clientId, long offerId, Offer terms, RoundRequest request) {
        OfferRound round = Await.result(repository.recordRound(clientId, offerId, terms, request.date(),
                request.proposedBy(), request.label(), request.note(), request.agreed()));
        changes.announce(new DataChange.Offers(clientId, offerId));
        return round;
    }

    /**
     * Records a round that changes only base, sign-on or the RSU grant (the Negotiate screen's quick
     * entry); each null keeps the offer's current value.
     *
     * @param signOn the year-1 sign-on in total, replacing the offer's year-1 sign-on
     * @param grant the initial RSU grant's value, on the offer's vesting schedule
     * @throws InvalidInputException when nothing changes, or a grant is given for an offer without RSUs
     */
    public OfferRound recordRound(long clientId, long offerId, Long base, Long signOn, Long grant, RoundRequest request) {
        Offer current = get(clientId, offerId).offer();
        if (base == null && signOn == null && grant == null) {
            throw new InvalidInputException("Enter what this round changes: the base, the sign-on or the grant.");
        }
        if (grant != null && !(current.equity() instanceof RsuGrant)) {
            throw new InvalidInputException("New grant: this offer has no RSU grant; change its equity in the offer "
                    + "editor.");
        }
        List<SignOnPayment> signOns = current.signOns();
        if (signOn != null) {
            List<SignOnPayment> changed = new ArrayList<>(signOns.stream().filter(p -> p.year() != 1).toList());
            changed.add(0, SignOnPayment.lumpSum(signOn, 1));
            signOns = changed;
        }
        Equity equity = grant == null ? current.equity() : withGrantValue((RsuGrant) current.equity(), grant);
        Offer terms = current.withTerms(base == null ? current.base() : base, signOns, equity);
        List<String> problems = OfferValidator.problems(terms);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("These terms can't be recorded: " + String.join("; ", problems));
        }
        return recordRound(clientId, offerId, terms, request);
    }

    /**
     * The RSU grant at a new value: a public company's as that value; a private company's as that value ÷
     * its share price in whole units, keeping its company terms, 409A price and fully diluted shares.
     */
    private static RsuGrant withGrantValue(RsuGrant rsu, long grant) {
        if (!rsu.isPrivate()) {
            return RsuGrant.ofValue(grant, rsu.vesting());
        }
        if (rsu.sharePrice().signum() <= 0) {
            throw new InvalidInputException("New grant: this offer's units have no share price to count them at;"
                    + " change its equity in the offer editor.");
        }
        long shares = BigDecimal.valueOf(grant).divide(rsu.sharePrice(), 0, RoundingMode.HALF_UP).longValueExact();
        return new RsuGrant(null, shares, rsu.sharePrice(), rsu.vesting(), rsu.fairMarketValue(),
                rsu.fullyDilutedShares(), rsu.company());
    }

    /** The employer agreed to an ask: its terms become the offer's. */
    public void markAgreed(long clientId, long offerId, int roundNumber) {
        Await.result(repository.markAgreed(clientId, offerId, roundNumber));
        changes.announce(new DataChange.Offers(clientId, offerId));
    }

    /**
     * The offer's history, oldest first, each round with its annualised total and what it changed. Every
     * round's options or private shares are valued with the offer's current private terms (its saved
     * valuation), so the rounds compare like with like.
     */
    public List<RoundView> rounds(long clientId, long offerId) {
        List<RoundView> views = new ArrayList<>();
        Offer previous = null;
        Equity now = get(clientId, offerId).offer().equity();
        for (OfferRound round : Await.result(repository.rounds(clientId, offerId))) {
            long annualised = WholeDollars.of(project(withCurrentTerms(round.terms(), now)).tcAnnualized());
            views.add(new RoundView(round, annualised,
                    previous == null ? List.of() : OfferChanges.between(previous, round.terms())));
            previous = round.terms();
        }
        return views;
    }

    /** A round's terms with the current grant's private-company terms, when both are private. */
    private static Offer withCurrentTerms(Offer round, Equity now) {
        if (now == null || now.company() == null || round.equity() == null || round.equity().company() == null) {
            return round;
        }
        Equity equity = round.equity().withCompany(now.company());
        return round.withTerms(round.base(), round.signOns(), equity);
    }

    /** The offer year by year with the default settings (4 years, no growth, options at 409A). */
    public Projection project(Offer offer) {
        return CompensationEngine.project(offer, ProjectionSettings.defaults());
    }

    /**
     * The offer year by year over {@code years} at a yearly stock {@code growth} (a fraction).
     *
     * @throws InvalidInputException when the offer can't be projected until it is fixed
     */
    public static Projection project(Offer offer, int years, java.math.BigDecimal growth) {
        return project(offer, years, growth, null, null);
    }

    /**
     * The same with private equity valued on {@code valuation} (null: the offer's own choice) and, when
     * {@code exitValue} is given, that company value at the exit instead of the offer's saved one.
     *
     * @throws InvalidInputException when the offer can't be projected, or an exit value is given for an
     *     offer without options or private-company shares
     */
    public static Projection project(Offer offer, int years, java.math.BigDecimal growth,
                                     com.counteroffer.domain.offer.ValuationBasis valuation, Long exitValue) {
        Offer valued = exitValue == null ? offer : withExitValue(offer, exitValue);
        List<String> problems = OfferValidator.problems(valued);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the offer can't be projected:\n  " + String.join("\n  ", problems));
        }
        return CompensationEngine.project(valued, ProjectionSettings.defaults().withYears(years).withGrowth(growth)
                .withValuation(valuation));
    }

    /** The offer with {@code companyValue} as the company's value at the exit (no price per share). */
    private static Offer withExitValue(Offer offer, long companyValue) {
        Equity equity;
        if (offer.equity() instanceof OptionGrant options) {
            equity = options.withCompany(options.company().withExit(companyValue, null));
        } else if (offer.equity() instanceof RsuGrant rsu && rsu.isPrivate()) {
            equity = rsu.withCompany(rsu.company().withExit(companyValue, null));
        } else {
            throw new InvalidInputException("an exit value applies to options or a private company's shares; the offer"
                    + " of " + offer.company() + " has none");
        }
        return offer.withTerms(offer.base(), offer.signOns(), equity);
    }

    /** The offer's problems in words; empty when it can be projected. */
    public List<String> problems(Offer offer) {
        return OfferValidator.problems(offer);
    }

    /** Each projected year after 2026 tax where the user would live, and at local prices. Reads the tax tables once. */
    public List<YearTakeHome> takeHome(Offer offer, Projection projection, Profile profile) {
        TaxReference.Loaded loaded = taxes.get();
        return OfferTakeHome.of(offer, projection, TaxProfile.of(profile), loaded.tables(), loaded.prices());
    }

    /**
     * What payroll withholds in the first year beside what is owed (withheld vs owed, balance due, safe harbour):
     * base as regular pay; bonus, sign-on, RSU vests and relocation as supplemental pay. Reads the withholding
     * rules once; call it off the JavaFX thread.
     *
     * @param years the offer's years after tax, from {@link #takeHome}
     */
    public WithholdingResult withholding(Projection projection, List<YearTakeHome> years) {
        return OfferWithholding.of(years.get(0), projection.years().get(0), taxes.get().tables(), taxes.withholding());
    }

    /**
     * Reads an offer file ({@code counteroffer.offer/2}, or /1).
     *
     * @throws InvalidInputException saying every problem, with its field
     */
    public static Offer readFile(Path file) {
        try {
            String text = InputFiles.readText(file, InputFiles.OFFER_MAX_BYTES, "an offer file (counteroffer.offer/2 JSON; /1 is read too)");
            return OfferJson.readFile(text, file.getFileName().toString());
        } catch (UnreadableFileException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OfferFormatException e) {
            throw new InvalidInputException("the offer in " + file + " was not accepted:\n" + e.getMessage(), e);
        }
    }

    /** An offer as its {@code counteroffer.offer/2} document. */
    public String document(Offer offer) {
        return OfferJson.write(offer);
    }
}
