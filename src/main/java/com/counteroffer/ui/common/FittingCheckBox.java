package com.counteroffer.ui.common;

import javafx.scene.control.CheckBox;

/**
 * A check box whose text is never cut when it is given its preferred width (as in a FlowPane).
 * JavaFX's CheckBoxSkin gives the text exactly its measured width out of the unsnapped preferred
 * width, so at some scales (seen at 100 %, 150 % and 200 %) it is short by a fraction of a pixel
 * and the text ends in "…". One pixel more is invisible and enough.
 */
public class FittingCheckBox extends CheckBox {

    /** For FXML, which sets the text afterwards. */
    public FittingCheckBox() {
    }

    public FittingCheckBox(String text) {
        super(text);
    }

    @Override
    protected double computePrefWidth(double height) {
        return super.computePrefWidth(height) + 1;
    }
}
