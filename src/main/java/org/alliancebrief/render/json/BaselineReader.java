package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.brief.Baseline;

/** Reads a previous run's data file as the baseline of a comparison. */
public final class BaselineReader {
    /** The file is not a data file this program can compare with; the message says why. */
    public static final class BadBaseline extends RuntimeException {
        BadBaseline(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new BadBaseline("%s is not JSON (line %d: %s)".formatted(file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()
                || !root.path("schema").asText("").startsWith("alliance-brief/")) {
            throw new BadBaseline(file + " is not an Alliance Brief data file (no \"schema\": "
                    + "\"alliance-brief/1\")");
        }
        JsonNode totals = root.path("totals");
        if (!totals.path("articles").isInt() || !totals.path("themes").isArray()) {
            throw new BadBaseline(file + " has no \"totals\" with articles and themes");
        }
        Map<String, Double> shares = new HashMap<>();
        totals.path("themes").forEach(t -> shares.put(t.path("id").asText(),
                t.path("share").asDouble()));
        Set<String> voices = new HashSet<>();
        totals.path("speakers").forEach(s -> voices.add(s.path("name").asText()));
        Map<String, String> actors = new HashMap<>();
        totals.path("actors").forEach(a -> actors.put(a.path("id").asText(),
                a.path("name").asText()));
        Set<String> ids = new HashSet<>();
        // ids, and files too: the same article read through a differently named input is not new
        for (JsonNode a : articles(file, root)) {
            if (a.hasNonNull("id")) {
                ids.add(a.get("id").asText());
            }
            ids.add(a.path("file").asText());
        }
        return new Baseline(file.toString(), root.path("generated").asText(""),
                totals.path("articles").asInt(), shares, voices, actors, ids);
    }

    /** The per-article records: in the file, or in the JSON Lines file it names. */
    private static Iterable<JsonNode> articles(Path file, JsonNode root) throws IOException {
        if (root.has("articles")) {
            return root.path("articles");
        }
        String name = root.path("articles_file").asText("");
        if (name.isEmpty()) {
            return java.util.List.of();
        }
        Path lines = file.toAbsolutePath().resolveSibling(name);
        java.util.List<JsonNode> records = new java.util.ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    records.add(MAPPER.readTree(line));
                }
            }
        } catch (JacksonException e) {
            throw new BadBaseline(lines + " holds a line that is not JSON: "
                    + e.getOriginalMessage());
        }
        return records;
    }
}
