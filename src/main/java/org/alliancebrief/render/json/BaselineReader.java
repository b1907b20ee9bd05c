package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.brief.Baseline;

/** Reads a previous run's data file as the baseline of a comparison. */
public final class BaselineReader {
    /** The file is not a data file this program can compare with; the message says why. */
    public static final class BadBaseline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadBaseline(String message) {
            super(message);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public Baseline read(Path file) throws IOException {
        Map<String, Object> root =
                JsonTree.object(parse(file, Files.readString(file, StandardCharsets.UTF_8)));
        if (!JsonTree.text(root.get("schema"), "").startsWith("alliance-brief/")) {
            throw new BadBaseline(
                    file
                            + " is not an Alliance Brief data file (no \"schema\": "
                            + "\"alliance-brief/1\")");
        }
        Map<String, Object> totals = JsonTree.object(root.get("totals"));
        if (!(totals.get("articles") instanceof Number articles)
                || !(totals.get("themes") instanceof List<?>)) {
            throw new BadBaseline(file + " has no \"totals\" with articles and themes");
        }
        Map<String, Double> shares = new HashMap<>();
        for (Object t : JsonTree.array(totals.get("themes"))) {
            Map<String, Object> theme = JsonTree.object(t);
            if (theme.get("share") instanceof Number share) {
                shares.put(JsonTree.text(theme.get("id"), ""), share.doubleValue());
            }
        }
        Set<String> voices = new HashSet<>();
        JsonTree.array(totals.get("speakers"))
                .forEach(s -> voices.add(JsonTree.text(JsonTree.object(s).get("name"), "")));
        Map<String, String> actors = new HashMap<>();
        for (Object a : JsonTree.array(totals.get("actors"))) {
            Map<String, Object> actor = JsonTree.object(a);
            actors.put(JsonTree.text(actor.get("id"), ""), JsonTree.text(actor.get("name"), ""));
        }
        Set<String> ids = articleIds(file, root);
        return new Baseline(
                file.toString(),
                JsonTree.text(root.get("generated"), ""),
                articles.intValue(),
                shares,
                voices,
                actors,
                ids);
    }

    private static Object parse(Path file, String text) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken();
            if (p.currentToken() == null) {
                throw new BadBaseline(file + " is empty");
            }
            return JsonTree.read(p);
        } catch (JsonProcessingException e) {
            throw new BadBaseline(
                    "%s is not JSON (line %d: %s)"
                            .formatted(
                                    file,
                                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                                    e.getOriginalMessage()));
        }
    }

    /**
     * The ids of the articles read, and their files too (the same article read through a
     * differently named input is not new): from the data file's records, or line by line from the
     * JSON Lines file it names, keeping no more of a record than its id and file.
     */
    private static Set<String> articleIds(Path file, Map<String, Object> root) throws IOException {
        Set<String> ids = new HashSet<>();
        if (root.containsKey("articles")) {
            JsonTree.array(root.get("articles")).forEach(a -> addIds(a, ids));
            return ids;
        }
        String name = JsonTree.text(root.get("articles_file"), "");
        if (name.isEmpty()) {
            return ids;
        }
        Path lines = file.toAbsolutePath().resolveSibling(name);
        try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    addIds(parse(lines, line), ids);
                }
            }
        }
        return ids;
    }

    private static void addIds(Object record, Set<String> ids) {
        Map<String, Object> article = JsonTree.object(record);
        if (article.get("id") instanceof String id) {
            ids.add(id);
        }
        ids.add(JsonTree.text(article.get("file"), ""));
    }
}
