package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.ModelTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTextTest {
    @Test
    void writesNestedMapsInTheirOrderListsAndEveryPlainValueAsDatabindWouldForTheSameValues() throws Exception {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("number", 1);
        page.put("text", "Mia said \"hi\"\\ \u0001 🚀\n");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", "Zoë");
        out.put("pages", List.of(page));
        out.put("cost", new BigDecimal("0.004896"));
        out.put("tiny", new BigDecimal("1E-7"));
        out.put("tokens", 12_000_000_000L);
        out.put("ratio", 0.25);
        out.put("ok", true);
        out.put("missing", null);
        out.put("tier", ModelTier.MEDIUM);
        out.put("none", new ArrayList<>(Arrays.asList(null, "x")));

        assertThat(JsonText.of(out)).isEqualTo(new ObjectMapper().writeValueAsString(out))
                .startsWith("{\"title\":\"Zoë\",\"pages\":[{\"number\":1,\"text\":\"Mia said \\\"hi\\\"\\\\ \\u0001 🚀\\n\"}]");
    }

    @Test
    void refusesAValueItHasNoJsonShapeFor() {
        assertThatThrownBy(() -> JsonText.of(Map.of("when", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
    }
}
