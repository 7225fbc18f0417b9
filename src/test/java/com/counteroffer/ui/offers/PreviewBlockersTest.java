package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview says which fields keep it from projecting, never "fix what is red" when nothing is. */
class PreviewBlockersTest {

    @Test
    void aBlankFormNamesTheFieldsItNeeds() {
        OfferEditorModel model = new OfferEditorModel();
        // Nothing typed, so nothing is red: the preview must still say what is missing.
        assertThat(model.blockingFields()).containsExactly("Company", "Base salary");
    }

    @Test
    void aRequiredGrantLeftEmptyIsNamedOnce() {
        OfferEditorModel model = new OfferEditorModel();
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("200k");
        model.equityKindProperty().set(OfferEditorModel.EquityKind.OPTIONS);
        assertThat(model.blockingFields()).containsExactly("Shares", "Strike price", "409A fair market value");
    }

    @Test
    void moreThanFourAreCounted() {
        OfferEditorModel model = new OfferEditorModel();
        assertThat(model.listFields(List.of("A", "B", "C", "D", "E", "F"))).isEqualTo("A, B, C, D … and 2 more");
        assertThat(model.listFields(List.of("Company", "Base salary"))).isEqualTo("Company, Base salary");
        // Review finding 13: "… and N more" is worded in messages.properties.
        assertThat(new OfferEditorModel(new com.counteroffer.testing.KeyBundle()).listFields(List.of("A", "B", "C", "D", "E")))
                .isEqualTo("editor.fields.more(A, B, C, D, 1)");
    }
}
