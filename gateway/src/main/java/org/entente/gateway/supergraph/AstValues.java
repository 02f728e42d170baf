package org.entente.gateway.supergraph;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between GraphQL literals and their JSON-like Java values. */
public final class AstValues {

    private AstValues() {}

    public static Object toJava(Value<?> value, Map<String, Object> variables) {
        if (value == null || value instanceof NullValue) {
            return null;
        }
        if (value instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (value instanceof StringValue s) {
            return s.getValue();
        }
        if (value instanceof IntValue i) {
            return i.getValue();
        }
        if (value instanceof FloatValue f) {
            return f.getValue();
        }
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof EnumValue e) {
            return e.getName();
        }
        if (value instanceof ArrayValue a) {
            List<Object> list = new ArrayList<>();
            a.getValues().forEach(v -> list.add(toJava(v, variables)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (ObjectField f : ((ObjectValue) value).getObjectFields()) {
            map.put(f.getName(), toJava(f.getValue(), variables));
        }
        return map;
    }

    public static Value<?> toLiteral(Object value) {
        if (value == null) {
            return NullValue.of();
        }
        if (value instanceof String s) {
            return StringValue.of(s);
        }
        if (value instanceof Boolean b) {
            return BooleanValue.of(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return IntValue.newIntValue(new BigInteger(value.toString())).build();
        }
        if (value instanceof Number n) {
            return FloatValue.newFloatValue(new BigDecimal(n.toString())).build();
        }
        if (value instanceof List<?> list) {
            List<Value> values = new ArrayList<>();
            list.forEach(v -> values.add(toLiteral(v)));
            return ArrayValue.newArrayValue().values(values).build();
        }
        List<ObjectField> fields = new ArrayList<>();
        ((Map<?, ?>) value).forEach((k, v) -> fields.add(new ObjectField(k.toString(), toLiteral(v))));
        return ObjectValue.newObjectValue().objectFields(fields).build();
    }
}
