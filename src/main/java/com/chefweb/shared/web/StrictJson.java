package com.chefweb.shared.web;

import java.util.Map;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import com.chefweb.shared.text.TextRule;

/**
 * Request bodies are read strictly: a property given twice is refused (which one would count is a guess), a
 * number is not taken for a yes or no ({@code "agreeToTerms": 2}), and every string, typed or left as a tree,
 * keeps to the {@link TextRule}. The refusals name the field, so the sender learns what to fix.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("text-rule")
                        .addDeserializer(String.class, new RuledString())
                        .addDeserializer(JsonNode.class, new RuledTree()));
    }

    /** Thrown for text that breaks the rule; the path it carries names the field. */
    static final class TextRefused extends InvalidFormatException {

        /** The field as a path ({@code user.name}, {@code addons[0]}) when the tree knows it; else null. */
        final @org.jspecify.annotations.Nullable String field;
        final String problem;

        TextRefused(JsonParser parser, String problem, String value, @org.jspecify.annotations.Nullable String field) {
            super(parser, problem, value, String.class);
            this.problem = problem;
            this.field = field;
        }
    }

    private static final class RuledString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (value != null) {
                TextRule.problemWith(value).ifPresent(problem -> {
                    throw new TextRefused(parser, problem, value, null);
                });
            }
            return value;
        }
    }

    /** Bodies read as trees (the marketplace app's flexible forms) are checked string by string, names too. */
    private static final class RuledTree extends ValueDeserializer<JsonNode> {

        private static final ValueDeserializer<?> TREES = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            JsonNode tree = (JsonNode) TREES.deserialize(parser, context);
            check(tree, parser, "");
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return (JsonNode) TREES.getNullValue(context);
        }

        private static void check(JsonNode node, JsonParser parser, String path) {
            if (node.isString()) {
                String value = node.asString();
                TextRule.problemWith(value).ifPresent(problem -> {
                    throw new TextRefused(parser, problem, value, path.isEmpty() ? null : path);
                });
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    String name = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                    TextRule.problemWith(property.getKey()).ifPresent(problem -> {
                        throw new TextRefused(parser, "its name " + problem, property.getKey(), name);
                    });
                    check(property.getValue(), parser, name);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), parser, path + "[" + i + "]");
                }
            }
        }
    }
}
