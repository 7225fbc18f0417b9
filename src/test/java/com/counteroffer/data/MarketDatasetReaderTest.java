package com.counteroffer.data;

import com.counteroffer.domain.input.DatasetException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.market.Source;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MarketDatasetReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theBuiltInFileHoldsTheSeedLevels() {
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();

        assertThat(dataset.format()).isEqualTo("counteroffer.market/1");
        assertThat(dataset.year()).isEqualTo(2026);
        assertBand(dataset.band(Level.ENTRY), 110_000, 145_000, false, PayBasis.BASE);
        assertBand(dataset.band(Level.MID), 150_000, 210_000, false, PayBasis.BASE);
        assertBand(dataset.band(Level.SENIOR), 220_000, 350_000, true, PayBasis.BASE);
        assertBand(dataset.band(Level.PRINCIPAL), 380_000, 550_000, false, PayBasis.TOTAL_COMP);
        assertThat(dataset.band(Level.SENIOR).sourceId()).isEqualTo("seed");
        // The seed states base; the dataset flags it as more likely total compensation, so it sizes no base ask.
        assertThat(dataset.band(Level.SENIOR).likelyBasis()).isEqualTo(PayBasis.TOTAL_COMP);
        assertThat(dataset.band(Level.SENIOR).basisInDoubt()).isTrue();
        assertThat(dataset.band(Level.MID).basisInDoubt()).isFalse();
        assertThat(dataset.source("mason-2013")).isPresent();
        assertThat(dataset.source("seed").orElseThrow().title()).isEqualTo("AI Infrastructure Engineer salary USA 2026");
    }

    private static void assertBand(LevelBand band, long min, long max, boolean openTop, PayBasis basis) {
        assertThat(band.min()).isEqualTo(min);
        assertThat(band.max()).isEqualTo(max);
        assertThat(band.openTop()).isEqualTo(openTop);
        assertThat(band.basis()).isEqualTo(basis);
    }

    @Test
    void theBuiltInFileHoldsTheSeedContextPremiumsAndScalars() {
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();

        var global = dataset.globalContext();
        assertThat(List.of(global.min(), global.max(), global.mean())).containsExactly(32_519L, 400_000L, 115_349L);
        assertThat(global.maxApproximate()).isTrue();
        assertThat(global.scope()).contains("not US");
        assertThat(global.sourceId()).isEqualTo("preprints-2026");
        assertThat(global.status()).isEqualTo(FigureStatus.SECONDARY);
        assertThat(global.crossCheckSourceId()).isEqualTo("kaggle-2025");

        var ai = dataset.premium("ai_skills").orElseThrow();
        assertThat(ai.factor()).isEqualByComparingTo("1.11");
        assertThat(ai.appliesTo()).isEqualTo("salary");
        assertThat(dataset.source(ai.sourceId()).orElseThrow().publisher()).isEqualTo("IZA World of Labor");
        var hybrid = dataset.premium("hybrid_ai_software").orElseThrow();
        assertThat(hybrid.factor()).isEqualByComparingTo("1.29");
        assertThat(hybrid.appliesTo()).isEqualTo("starting salary");
        assertThat(dataset.source(hybrid.sourceId()).orElseThrow().publisher()).isEqualTo("Robert Half");

        assertThat(dataset.factorSwing().amount()).isEqualTo(50_000);
        assertThat(dataset.seniorHubTcFloor().amount()).isEqualTo(250_000);
        assertThat(dataset.sectorGrowth().growth()).isEqualByComparingTo("0.20");
        assertThat(dataset.sectorGrowth().throughYear()).isEqualTo(2033);
        assertThat(dataset.sectors()).extracting(s -> s.id()).containsExactly("big_tech", "ai_startup", "enterprise");
        assertThat(dataset.premiumSkills()).extracting(PremiumSkill::id).containsExactly("kubernetes",
                "gpu_orchestration", "mlops", "sustainability", "interconnects", "data_lakes", "edge_ai",
                "energy_efficiency");
        assertThat(dataset.hubs()).extracting(Hub::id).containsExactly("sf", "seattle", "nyc", "austin", "dc",
                "other", "remote");
        assertThat(dataset.hubs()).extracting(Hub::rank).containsExactly(1, 2, 3, 4, 5, null, null);
        assertThat(dataset.sources()).extracting(Source::publisher).contains("Preprints.org", "Kaggle",
                "IZA World of Labor", "Robert Half", "U.S. Bureau of Labor Statistics", "U.S. Department of State",
                "International Monetary Fund");
    }

    @Test
    void theBuiltInFileHoldsTheSixPrevailingWageRows() {
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();

        assertThat(dataset.prevailingWages()).extracting(PrevailingWage::metro, PrevailingWage::hubId,
                PrevailingWage::level1, PrevailingWage::level2, PrevailingWage::level3, PrevailingWage::level4)
                .containsExactly(
                        tuple("San Jose", "sf", 149_365L, 187_741L, 226_138L, 264_514L),
                        tuple("San Francisco", "sf", 135_699L, 161_637L, 187_574L,
                                213_512L),
                        tuple("Seattle", "seattle", 117_749L, 149_240L, 180_710L,
                                212_202L),
                        tuple("New York", "nyc", 103_210L, 131_997L, 160_805L, 189_592L),
                        tuple("Washington DC area", "dc", 101_421L, 126_090L, 150_758L,
                                175_427L),
                        tuple("Austin", "austin", 90_355L, 114_754L, 139_152L,
                                163_550L));
        assertThat(dataset.prevailingWagesFor("sf")).extracting(PrevailingWage::metro)
                .containsExactly("San Jose", "San Francisco");
        assertThat(dataset.prevailingWagesFor("remote")).isEmpty();
        assertThat(dataset.prevailingWages()).allSatisfy(wage -> {
            assertThat(wage.sourceId()).isEqualTo("dol-oflc-2025");
            assertThat(wage.status()).isEqualTo(FigureStatus.SECONDARY);
            assertThat(wage.note()).contains("SOC 15-1252");
        });
    }

    @Test
    void everyFiguresSourceResolves() {
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();
        List<String> cited = new ArrayList<>();
        dataset.levels().forEach(band -> cited.add(band.sourceId()));
        cited.add(dataset.globalContext().sourceId());
        cited.add(dataset.globalContext().crossCheckSourceId());
        dataset.premiums().forEach(premium -> cited.add(premium.sourceId()));
        dataset.hubs().forEach(hub -> cited.add(hub.sourceId()));
        dataset.sectors().forEach(sector -> cited.add(sector.sourceId()));
        cited.add(dataset.sectorGrowth().sourceId());
        dataset.premiumSkills().forEach(skill -> cited.add(skill.sourceId()));
        dataset.prevailingWages().forEach(wage -> cited.add(wage.sourceId()));
        cited.add(dataset.factorSwing().sourceId());
        cited.add(dataset.seniorHubTcFloor().sourceId());

        assertThat(cited).hasSize(4 + 2 + 2 + 7 + 3 + 1 + 8 + 6 + 2)
                .allSatisfy(id -> assertThat(dataset.source(id)).as(id).isPresent());
    }

    /** Sources no figure cites (the negotiation research the Negotiate screen names) are read and kept. */
    @Test
    void theEquivalentPackagesResearchIsAmongTheSources() {
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();

        assertThat(dataset.source("leonardelli-2019")).hasValueSatisfying(source -> {
            assertThat(source.year()).isEqualTo(2019);
            assertThat(source.publisher()).contains("Organizational Behavior and Human Decision Processes 152");
            assertThat(source.title()).startsWith("Multiple equivalent simultaneous offers (MESOs)");
            assertThat(source.address()).isEqualTo("https://doi.org/10.1016/j.obhdp.2019.01.007");
        });
        assertThat(dataset.source("medvec-galinsky-2005")).hasValueSatisfying(source -> {
            assertThat(source.year()).isEqualTo(2005);
            assertThat(source.publisher()).contains("Negotiation 8(4)");
            assertThat(source.title()).startsWith("Putting more on the table");
        });
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> read("{\n  \"format\": \"counteroffer.market/1\",\n  \"name\": }"))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("test.json: not valid JSON at line 3, column 11");
    }

    @Test
    void aDuplicatedKeyIsRefused() {
        assertThatThrownBy(() -> read("{\"format\": \"counteroffer.market/1\", \"format\": \"x\"}"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("not valid JSON at line 1").hasMessageContaining("format");
    }

    @Test
    void anUnknownFormatIsRefusedAlone() {
        DatasetException error = refused(root -> root.put("format", "counteroffer.market/2"));
        assertThat(error.problems()).containsExactly("format: expected \"counteroffer.market/1\", found "
                + "\"counteroffer.market/2\"; this version of Counteroffer reads only that format");
    }

    @Test
    void aMissingFieldIsNamedByItsPath() {
        DatasetException error = refused(root -> level(root, 0).remove("min"));
        assertThat(error.problems()).containsExactly("levels[0].min: missing; add a whole number of dollars");
        assertThat(error.getMessage()).isEqualTo("test.json: levels[0].min: missing; add a whole number of dollars");
    }

    @Test
    void textWhereDollarsBelongIsNamedWithWhatWasFound() {
        DatasetException error = refused(root -> level(root, 2).put("min", "abc"));
        assertThat(error.getMessage())
                .isEqualTo("test.json: levels[2].min: expected a whole number of dollars, found \"abc\"");
    }

    @Test
    void aNegativeMinimumIsRefused() {
        DatasetException error = refused(root -> level(root, 1).put("min", -5));
        assertThat(error.problems())
                .containsExactly("levels[1].min: expected a whole number of dollars, 0 or more, found -5");
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        DatasetException error = refused(root -> level(root, 0).put("max", 100_000));
        assertThat(error.problems()).containsExactly(
                "levels[0].max: must be above min (110000), found 100000; swap or fix them");
    }

    @Test
    void anUnknownSourceIdIsRefusedListingTheKnownOnes() {
        DatasetException error = refused(root -> ((ObjectNode) root.get("premiums").get(0))
                .put("source", "nowhere"));
        assertThat(error.problems()).singleElement().asString()
                .startsWith("premiums[0].source: unknown source \"nowhere\"; use one of the ids in sources: seed,");
    }

    @Test
    void aDuplicatedLevelIsRefusedAndTheMissingOneNamed() {
        DatasetException error = refused(root -> level(root, 3).put("level", "mid"));
        assertThat(error.problems()).containsExactly(
                "levels[3].level: \"mid\" appears twice (also at levels[1]); give each level one band",
                "levels: no band for level \"principal\"; add one");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        DatasetException error = refused(root -> {
            level(root, 0).put("basis", "gross");
            level(root, 1).put("status", "guess");
            level(root, 2).put("mni", 1);
            ((ObjectNode) root.get("premiums").get(1)).put("factor", 0);
            ((ObjectNode) root.get("prevailing_wages").get(2)).put("level_3", 140_000);
            ((ObjectNode) root.get("prevailing_wages").get(3)).put("hub", "boston");
        });
        assertThat(error.problems()).containsExactly(
                "levels[0].basis: expected one of base, total_comp, found \"gross\"",
                "levels[1].status: expected one of verified, secondary, derived, uncertain, found \"guess\"",
                "levels[2].mni: unknown field; remove it or use one of level, min, max, open_top, basis, likely_basis,"
                        + " source, status, note",
                "premiums[1].factor: expected a factor above 0, such as 1.11 for +11 %, found 0",
                "prevailing_wages[2].level_3: must be above level_2 (149240), found 140000; wages rise from level I "
                        + "to IV",
                "prevailing_wages[3].hub: unknown hub \"boston\"; use one of the ids in hubs: sf, seattle, nyc, "
                        + "austin, dc, other, remote");
        assertThat(error.getMessage().lines()).hasSize(6).allSatisfy(line -> assertThat(line).startsWith("test.json: "));
    }

    @Test
    void aMissingSectionIsNamed() {
        DatasetException error = refused(root -> root.remove("global_context"));
        assertThat(error.problems()).containsExactly("global_context: missing; add an object { ... }");
    }

    private static ObjectNode level(ObjectNode root, int index) {
        return (ObjectNode) root.get("levels").get(index);
    }

    /** The built-in file with one change, which must be refused. */
    private static DatasetException refused(Consumer<ObjectNode> change) {
        ObjectNode root;
        try (InputStream in = MarketDatasetReader.class.getResourceAsStream(MarketDatasetReader.BUILT_IN)) {
            root = (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        change.accept(root);
        String text = root.toString();
        try {
            read(text);
        } catch (DatasetException e) {
            assertThat(e.origin()).isEqualTo("test.json");
            return e;
        }
        throw new AssertionError("the changed file was accepted: " + text);
    }

    private static MarketDataset read(String text) {
        return MarketDatasetReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
