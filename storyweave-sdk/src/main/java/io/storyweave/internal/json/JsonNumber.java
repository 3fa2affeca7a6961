package io.storyweave.internal.json;

import java.math.BigInteger;

/**
 * A JSON number, of the kind {@code ObjectMapper.readTree} would make of it: integers as the
 * smallest of {@link Integer}, {@link Long} and {@link BigInteger} that holds them, anything with a
 * fraction or exponent as a {@link Double}. The kind is kept because it decides how the number is
 * written back ({@code 2} against {@code 2.0}) and, as in databind, {@code 2} and {@code 2.0} are
 * different values.
 *
 * @param value an {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}
 */
public record JsonNumber(Number value) implements JsonValue {
    /** Accepts only the four kinds the reader makes and the writer writes. */
    public JsonNumber {
        if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger || value instanceof Double)) {
            throw new IllegalArgumentException("a JSON number is an Integer, Long, BigInteger or Double, not "
                    + (value == null ? "null" : value.getClass().getName() + " " + value));
        }
    }

    /** @return the number as databind's {@code asText()} writes it: {@code Double.toString} for a double */
    @Override
    public String asText() {
        return value.toString();
    }
}
