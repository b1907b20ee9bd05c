package org.alliancebrief.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/brief.schema.json, against which every test that writes a data file checks it. */
public final class DataFileSchema {
    private static final Schema SCHEMA = load();
    private static final Schema ARTICLE = loadArticle();

    private DataFileSchema() {}

    private static Schema load() {
        try (InputStream in = Files.newInputStream(Path.of("docs/brief.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema with the article record ({@code #/$defs/article}) as its root. */
    private static Schema loadArticle() {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var full = mapper.readTree(Path.of("docs/brief.schema.json").toFile());
            var root = mapper.createObjectNode();
            root.set("$schema", full.get("$schema"));
            root.put("$ref", "#/$defs/article");
            root.set("$defs", full.get("$defs"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(mapper.writeValueAsString(root), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks every line of a JSON Lines articles file against the article record. */
    public static void checkArticleLines(Path lines) {
        try {
            List<String> all = Files.readAllLines(lines);
            for (String line : all) {
                List<Error> errors = ARTICLE.validate(line, InputFormat.JSON);
                assertEquals(
                        List.of(),
                        errors.stream().map(Error::toString).toList(),
                        "an article line does not follow #/$defs/article");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every violation listed when {@code json} does not follow the schema. */
    public static void check(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        assertEquals(
                List.of(),
                errors.stream().map(Error::toString).toList(),
                "the data file does not follow docs/brief.schema.json");
    }

    public static void check(Path json) {
        try {
            check(Files.readString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
