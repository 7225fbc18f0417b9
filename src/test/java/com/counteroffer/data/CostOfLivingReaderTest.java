package com.counteroffer.data;

import com.counteroffer.domain.input.CostOfLivingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CostOfLivingReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aBadPriceLevelOrAnUnknownMetroIsNamed() throws Exception {
        ObjectNode root;
        try (InputStream in = CostOfLivingReader.class.getResourceAsStream(CostOfLivingReader.BUILT_IN)) {
            root = (ObjectNode) MAPPER.readTree(in);
        }
        ((ObjectNode) root.get("metros").get(3)).put("rpp", 0);
        ((ArrayNode) root.get("hubs").get(1).get("metros")).add("boston");
        byte[] bytes = MAPPER.writeValueAsBytes(root);

        CostOfLivingException error = catchThrowableOfType(
                () -> CostOfLivingReader.read(new ByteArrayInputStream(bytes), "rpp.json"), CostOfLivingException.class);

        assertThat(error.problems()).containsExactly(
                "metros[3].rpp: expected a price level above 0, such as 112.473, found 0",
                "hubs[1].metros[1]: unknown metro \"boston\"; use one of the ids in metros: san-francisco, san-jose, "
                        + "seattle, new-york, austin, washington-dc");
    }
}
