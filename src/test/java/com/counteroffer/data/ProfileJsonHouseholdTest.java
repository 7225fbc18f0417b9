package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The profile's household and accounts in the export file: written, read back, checked like the form checks them. */
class ProfileJsonHouseholdTest {

    private static ClientBundle client(TaxSettings tax) {
        Profile profile = new Profile(Level.SENIOR, 20, List.of(), "sf", UsState.CA, null, null, Set.of(), 300_000L,
                null, null, null, null, tax);
        return new ClientBundle("Ana", profile, List.of(), List.of(), null, List.of());
    }

    @Test
    void theHouseholdReadsBackEqual() {
        ClientBundle client = client(new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 24_500,
                new Household(180_000, 61, 11_250, 9_750, HsaCoverage.FAMILY, 12_000)));

        assertThat(ImportReaderTest.read(ExportJson.write(List.of(client))).clients().get(0)).isEqualTo(client);
    }

    @Test
    void theLocalityReadsBackEqualAndABadOneIsRefused() throws Exception {
        ClientBundle client = client(new TaxSettings(FilingStatus.SINGLE, false, null, 0, Household.NONE,
                "philadelphia"));
        assertThat(ImportReaderTest.read(ExportJson.write(List.of(client))).clients().get(0)).isEqualTo(client);

        ObjectNode root = (ObjectNode) StrictJson.MAPPER.readTree(ExportJson.write(List.of(client)));
        ((ObjectNode) root.get("clients").get(0).get("profile").get("tax_settings")).put("locality", "Phila delphia");
        try {
            ImportReaderTest.read(StrictJson.MAPPER.writeValueAsString(root));
            throw new AssertionError("read a bad file");
        } catch (ImportException e) {
            assertThat(e.getMessage()).contains("tax_settings.locality: expected the id of a city or county");
        }
    }

    @Test
    void aFileWithoutTheHouseholdKeysReadsAsNone() throws Exception {
        String json = ExportJson.write(List.of(client(TaxSettings.DEFAULT)));
        ObjectNode root = (ObjectNode) StrictJson.MAPPER.readTree(json);
        ObjectNode tax = (ObjectNode) root.get("clients").get(0).get("profile").get("tax_settings");
        tax.remove(List.of("spouse_wages", "age", "roth_401k", "hsa", "hsa_coverage", "property_tax"));

        assertThat(ImportReaderTest.read(StrictJson.MAPPER.writeValueAsString(root)).clients().get(0).profile().tax()
                .household()).isEqualTo(Household.NONE);
    }

    @Test
    void aSpouseWithoutAJointReturnIsRefusedWithItsPlace() throws Exception {
        String json = ExportJson.write(List.of(client(TaxSettings.DEFAULT)));
        ObjectNode root = (ObjectNode) StrictJson.MAPPER.readTree(json);
        ((ObjectNode) root.get("clients").get(0).get("profile").get("tax_settings")).put("spouse_wages", 90_000)
                .put("hsa_coverage", "couple");

        try {
            ImportReaderTest.read(StrictJson.MAPPER.writeValueAsString(root));
            throw new AssertionError("read a bad file");
        } catch (ImportException e) {
            assertThat(e.getMessage()).contains("profile.tax_settings.hsa_coverage: expected self or family, found "
                    + "\"couple\"");
        }
    }
}
