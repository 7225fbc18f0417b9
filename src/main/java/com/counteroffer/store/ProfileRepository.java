package com.counteroffer.store;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Saves and loads a client's profile, its projects and skills, all in one transaction. */
public final class ProfileRepository {

    /** The most any amount column holds, as the table's checks say (another tool may have turned them off). */
    private static final long MAX_AMOUNT = 10_000_000;

    private final Database database;
    private final Clock clock;

    public ProfileRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The client's profile, if one was saved and can be read (RowCheck names a row that can't be). */
    public CompletableFuture<Optional<Profile>> load(long clientId) {
        return database.submit(connection -> find(connection, clientId, new ArrayList<>()));
    }

    public CompletableFuture<Void> save(long clientId, Profile profile) {
        return database.transaction(connection -> {
            write(connection, clientId, profile, clock.instant().toString());
            return null;
        });
    }

    /**
     * Inside other store work: the client's profile, if one was saved. A row that can't be read gives
     * none and is added to {@code unreadable}.
     */
    static Optional<Profile> find(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM profile WHERE client_id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(profile(connection, clientId, row));
                } catch (RuntimeException e) {
                    // client_id is the table's rowid.
                    unreadable.add(UnreadableRows.of(connection, UnreadableRow.Table.PROFILE, clientId, clientId, null,
                            "profile", e));
                    return Optional.empty();
                }
            }
        }
    }

    /** Inside other store work: whether the client has a profile saved, readable or not. */
    static boolean exists(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM profile WHERE client_id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Profile profile(Connection connection, long clientId, ResultSet row) throws SQLException {
        MarketAssumptions assumptions = new MarketAssumptions(
                factor(row, "location_factor"), factor(row, "sector_factor"), factor(row, "education_factor"),
                Arrays.stream(row.getString("applied_premiums").split(","))
                        .filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
        return new Profile(
                Level.fromId(row.getString("level")).orElse(Level.MID),
                integer(row, "years_experience"),
                projects(connection, clientId),
                row.getString("location"),
                UsState.fromCode(row.getString("state_of_residence")).orElse(null),
                education(row.getString("education")),
                row.getString("target_sector"),
                skills(connection, clientId),
                amount(row, "current_base"),
                amount(row, "current_bonus"),
                amount(row, "current_yearly_equity"),
                amount(row, "unvested_equity"),
                assumptions,
                taxSettings(row));
    }

    /** Inside a transaction: saves (or replaces) the client's profile with its projects and skills. */
    static void write(Connection connection, long clientId, Profile profile, String now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO profile(client_id, level, years_experience, location, state_of_residence, education,
                    target_sector, current_base, current_bonus, current_yearly_equity, unvested_equity,
                    location_factor, location_factor_reason, sector_factor, sector_factor_reason,
                    education_factor, education_factor_reason, applied_premiums, updated_at,
                    filing_status, nyc_resident, md_county_rate, k401_deferral,
                    spouse_wages, age, roth_401k, hsa, hsa_coverage, property_tax, locality)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(client_id) DO UPDATE SET
                    level = excluded.level, years_experience = excluded.years_experience,
                    location = excluded.location, state_of_residence = excluded.state_of_residence,
                    education = excluded.education, target_sector = excluded.target_sector,
                    current_base = excluded.current_base, current_bonus = excluded.current_bonus,
                    current_yearly_equity = excluded.current_yearly_equity,
                    unvested_equity = excluded.unvested_equity,
                    location_factor = excluded.location_factor,
                    location_factor_reason = excluded.location_factor_reason,
                    sector_factor = excluded.sector_factor, sector_factor_reason = excluded.sector_factor_reason,
                    education_factor = excluded.education_factor,
                    education_factor_reason = excluded.education_factor_reason,
                    applied_premiums = excluded.applied_premiums, updated_at = excluded.updated_at,
                    filing_status = excluded.filing_status, nyc_resident = excluded.nyc_resident,
                    md_county_rate = excluded.md_county_rate, k401_deferral = excluded.k401_deferral,
                    spouse_wages = excluded.spouse_wages, age = excluded.age, roth_401k = excluded.roth_401k,
                    hsa = excluded.hsa, hsa_coverage = excluded.hsa_coverage, property_tax = excluded.property_tax,
                    locality = excluded.locality
                """)) {
            int i = 1;
            upsert.setLong(i++, clientId);
            upsert.setString(i++, profile.level().id());
            setInteger(upsert, i++, profile.yearsExperience());
            upsert.setString(i++, profile.location());
            upsert.setString(i++, profile.stateOfResidence() == null ? null : profile.stateOfResidence().name());
            upsert.setString(i++, profile.education() == null ? null : profile.education().name());
            upsert.setString(i++, profile.targetSector());
            setLong(upsert, i++, profile.currentBase());
            setLong(upsert, i++, profile.currentBonus());
            setLong(upsert, i++, profile.currentYearlyEquity());
            setLong(upsert, i++, profile.unvestedEquity());
            MarketAssumptions assumptions = profile.assumptions();
            i = setFactor(upsert, i, assumptions.location());
            i = setFactor(upsert, i, assumptions.sector());
            i = setFactor(upsert, i, assumptions.education());
            upsert.setString(i++, String.join(",", new TreeSet<>(assumptions.appliedPremiums())));
            upsert.setString(i++, now);
            TaxSettings tax = profile.tax();
            upsert.setString(i++, tax.filingStatus().id());
            upsert.setInt(i++, tax.nycResident() ? 1 : 0);
            upsert.setString(i++, tax.mdCountyRate() == null ? null : tax.mdCountyRate().toPlainString());
            upsert.setLong(i++, tax.k401Deferral());
            Household household = tax.household();
            upsert.setLong(i++, household.spouseWages());
            setInteger(upsert, i++, household.age());
            upsert.setLong(i++, household.roth401k());
            upsert.setLong(i++, household.hsa());
            upsert.setString(i++, household.hsaCoverage().id());
            upsert.setLong(i++, household.propertyTax());
            upsert.setString(i, tax.locality());
            upsert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM profile_project WHERE client_id = ?")) {
            delete.setLong(1, clientId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO profile_project(client_id, position, description) VALUES (?, ?, ?)")) {
            for (int position = 0; position < profile.projects().size(); position++) {
                insert.setLong(1, clientId);
                insert.setInt(2, position);
                insert.setString(3, profile.projects().get(position));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM profile_skill WHERE client_id = ?")) {
            delete.setLong(1, clientId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO profile_skill(client_id, skill_id) VALUES (?, ?)")) {
            for (String skill : new TreeSet<>(profile.premiumSkills())) {
                insert.setLong(1, clientId);
                insert.setString(2, skill);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> projects(Connection connection, long clientId) throws SQLException {
        List<String> projects = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT description FROM profile_project WHERE client_id = ? ORDER BY position")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    projects.add(rows.getString(1));
                }
            }
        }
        return projects;
    }

    private static Set<String> skills(Connection connection, long clientId) throws SQLException {
        Set<String> skills = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT skill_id FROM profile_skill WHERE client_id = ? ORDER BY skill_id")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    skills.add(rows.getString(1));
                }
            }
        }
        return skills;
    }

    private static TaxSettings taxSettings(ResultSet row) throws SQLException {
        String rate = row.getString("md_county_rate");
        BigDecimal countyRate;
        try {
            countyRate = rate == null ? null : new BigDecimal(rate);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("md_county_rate: expected a rate such as 0.032, found \"" + rate + "\"");
        }
        String coverage = row.getString("hsa_coverage");
        Household household = new Household(row.getLong("spouse_wages"), integer(row, "age"), row.getLong("roth_401k"),
                row.getLong("hsa"), HsaCoverage.fromId(coverage).orElseThrow(() -> new IllegalArgumentException(
                        "hsa_coverage: expected self or family, found \"" + coverage + "\"")),
                row.getLong("property_tax"));
        return new TaxSettings(FilingStatus.fromId(row.getString("filing_status")).orElse(FilingStatus.SINGLE),
                row.getInt("nyc_resident") == 1, countyRate, row.getLong("k401_deferral"), household,
                row.getString("locality"));
    }

    private static Education education(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Education.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Education.OTHER;
        }
    }

    private static MarketAssumptions.Factor factor(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new MarketAssumptions.Factor(new BigDecimal(value), row.getString(column + "_reason"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int setFactor(PreparedStatement statement, int index, MarketAssumptions.Factor factor)
            throws SQLException {
        statement.setString(index, factor == null ? null : factor.value().toPlainString());
        statement.setString(index + 1, factor == null ? null : factor.reason());
        return index + 2;
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Long amount(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        if (value < 0 || value > MAX_AMOUNT) {
            throw new IllegalArgumentException(column + ": expected whole dollars from 0 to " + MAX_AMOUNT + ", found "
                    + value);
        }
        return value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
