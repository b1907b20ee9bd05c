package org.alliancebrief.codebook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads templates/codebook.yaml and checks it whole: the shape of every entry, unique ids, known
 * groups, office holders that are people of the codebook, dates in order, a term listed under two
 * entries. All problems are reported at once, each as {@code file:line:col}.
 */
public final class CodebookLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP =
            Set.of("version", "themes", "actors", "offices", "statements", "salience");
    private static final Set<String> THEME_KEYS =
            Set.of("id", "label", "group", "description", "terms", "weak", "exclusions");
    private static final Set<String> ACTOR_KEYS =
            Set.of("id", "name", "aliases", "metonyms", "demonyms", "exclusions", "themes");
    private static final Map<String, ActorKind> ACTOR_LISTS =
            Map.of(
                    "people",
                    ActorKind.PERSON,
                    "organisations",
                    ActorKind.ORGANISATION,
                    "countries",
                    ActorKind.COUNTRY);

    private final PlacedYaml yaml;
    private final Map<String, Node> ids = new HashMap<>();
    private final Map<String, String> termOwners = new HashMap<>();
    private final Map<String, String> aliasOwners = new HashMap<>();

    /** The longest term or alias accepted: a longer one is a paste mistake, and slow to match. */
    static final int MAX_TERM_CHARS = 200;

    private CodebookLoader(Path file) {
        this.yaml = new PlacedYaml(file);
    }

    /** Loads and checks {@code file}; throws {@link CodebookException} listing every problem. */
    public static Codebook load(Path file) {
        return new CodebookLoader(file).parse();
    }

    private Codebook parse() {
        MappingNode top =
                yaml.root(
                                "the codebook must be a mapping with 'themes:', 'actors:', "
                                        + "'offices:' and 'statements:'")
                        .orElseThrow(() -> new CodebookException(yaml.problems()));
        Map<String, Node> keys = yaml.mapping(top, TOP);
        version(keys.get("version"));
        List<ThemeEntry> themes = themes(keys.get("themes"), top);
        Set<String> themeIds = new java.util.HashSet<>();
        themes.forEach(t -> themeIds.add(t.id().value()));
        List<ActorEntry> actors = actors(keys.get("actors"), themeIds);
        Map<String, ActorEntry> people = new HashMap<>();
        actors.stream()
                .filter(a -> a.kind() == ActorKind.PERSON)
                .forEach(a -> people.put(a.id().value(), a));
        List<Office> offices = new ArrayList<>();
        for (Node item : yaml.list(keys.get("offices"), "offices")) {
            office(item, people).ifPresent(offices::add);
        }
        List<Statement> statements = new ArrayList<>();
        for (Node item : yaml.list(keys.get("statements"), "statements")) {
            Map<String, Node> k = yaml.mapping(item, Set.of("id", "name", "aliases"));
            String id = id(k, item, "statements");
            String name = required(k, "name", item);
            if (id != null && !name.isEmpty()) {
                statements.add(new Statement(id, name, strings(k.get("aliases"), "aliases")));
            }
        }
        Salience salience = new SalienceReader(yaml).read(keys.get("salience"));
        if (!yaml.problems().isEmpty()) {
            throw new CodebookException(yaml.problems());
        }
        return new Codebook(themes, actors, offices, statements, salience);
    }

    private void version(Node node) {
        if (node == null) {
            return;
        }
        String value = yaml.scalar(node).strip();
        if (!value.matches("[1-9][0-9]{0,5}")) {
            yaml.problem(node, "version '%s' must be a whole number such as 1".formatted(value));
        }
    }

    private List<ThemeEntry> themes(Node node, Node top) {
        List<ThemeEntry> themes = new ArrayList<>();
        if (node == null) {
            yaml.problem(top, "no 'themes:' list; nothing would be counted");
            return themes;
        }
        for (Node item : yaml.list(node, "themes")) {
            Map<String, Node> k = yaml.mapping(item, THEME_KEYS);
            String id = id(k, item, "themes");
            String label = required(k, "label", item);
            String groupName = required(k, "group", item);
            Group group = null;
            if (!groupName.isEmpty()) {
                try {
                    group = Group.valueOf(groupName.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    yaml.problem(
                            k.get("group"),
                            "group '%s' must be 'area' or 'theme'".formatted(groupName));
                }
            }
            List<String> terms = terms(k.get("terms"), id);
            List<String> weak = terms(k.get("weak"), id);
            if (terms.isEmpty() && weak.isEmpty() && k.containsKey("terms")) {
                yaml.problem(
                        k.get("terms"),
                        "'terms' is empty; '%s' would never be found".formatted(id));
            } else if (!k.containsKey("terms") && !k.containsKey("weak")) {
                yaml.problem(item, "'terms:' is missing for '%s'".formatted(id));
            }
            List<String> exclusions = strings(k.get("exclusions"), "exclusions");
            String description =
                    k.containsKey("description") ? yaml.scalar(k.get("description")) : "";
            if (id != null && group != null && !label.isEmpty()) {
                themes.add(
                        new ThemeEntry(
                                new ThemeId(id),
                                label,
                                group,
                                description,
                                terms,
                                weak,
                                exclusions));
            }
        }
        return themes;
    }

    private List<ActorEntry> actors(Node node, Set<String> themeIds) {
        List<ActorEntry> actors = new ArrayList<>();
        if (node == null) {
            return actors;
        }
        Map<String, Node> lists = yaml.mapping(node, ACTOR_LISTS.keySet());
        for (String listName : List.of("people", "organisations", "countries")) {
            ActorKind kind = ACTOR_LISTS.get(listName);
            for (Node item : yaml.list(lists.get(listName), listName)) {
                Map<String, Node> k = yaml.mapping(item, ACTOR_KEYS);
                String id = id(k, item, "actors");
                String name = required(k, "name", item);
                List<String> aliases = strings(k.get("aliases"), "aliases");
                if (id != null) {
                    ownName(k.get("name"), name, id);
                    for (Node a : yaml.list(k.get("aliases"), "aliases")) {
                        ownName(a, yaml.scalar(a).strip(), id);
                    }
                }
                List<String> metonyms = strings(k.get("metonyms"), "metonyms");
                List<String> demonyms = strings(k.get("demonyms"), "demonyms");
                List<String> exclusions = strings(k.get("exclusions"), "exclusions");
                List<ThemeId> themes = new ArrayList<>();
                for (Node t : yaml.list(k.get("themes"), "themes")) {
                    String theme = yaml.scalar(t).strip();
                    if (themeIds.contains(theme)) {
                        themes.add(new ThemeId(theme));
                    } else {
                        yaml.problem(t, "theme '%s' is not an id under themes:".formatted(theme));
                    }
                }
                if (id != null && !name.isEmpty()) {
                    actors.add(
                            new ActorEntry(
                                    new ActorId(id),
                                    name,
                                    kind,
                                    aliases,
                                    metonyms,
                                    demonyms,
                                    exclusions,
                                    themes));
                }
            }
        }
        return actors;
    }

    /** A name or alias means one actor: the same under two entries would resolve to the first. */
    private void ownName(Node node, String name, String owner) {
        if (node == null || name.isEmpty()) {
            return;
        }
        String other =
                aliasOwners.putIfAbsent(name.toLowerCase(Locale.ROOT).replace('-', ' '), owner);
        if (other != null && !other.equals(owner)) {
            yaml.problem(
                    node,
                    "name or alias '%s' is also given for '%s'; it may name one actor"
                            .formatted(name, other));
        }
    }

    private Optional<Office> office(Node item, Map<String, ActorEntry> people) {
        Map<String, Node> k = yaml.mapping(item, Set.of("id", "label", "aliases", "holders"));
        String id = id(k, item, "offices");
        String label = required(k, "label", item);
        List<Office.Tenure> holders = new ArrayList<>();
        for (Node h : yaml.list(k.get("holders"), "holders")) {
            Map<String, Node> hk = yaml.mapping(h, Set.of("person", "from", "to"));
            String person = required(hk, "person", h);
            if (!person.isEmpty() && !people.containsKey(person)) {
                yaml.problem(
                        hk.get("person"),
                        ("holder '%s' is not a person of the codebook; "
                                        + "add it under actors: people:")
                                .formatted(person));
                continue;
            }
            Optional<LocalDate> from = date(hk.get("from"));
            Optional<LocalDate> to = date(hk.get("to"));
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                yaml.problem(
                        hk.get("to"),
                        "'to' %s is before 'from' %s".formatted(to.get(), from.get()));
            }
            if (!person.isEmpty()) {
                holders.add(new Office.Tenure(new ActorId(person), from, to));
            }
        }
        if (id == null || label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Office(id, label, strings(k.get("aliases"), "aliases"), holders));
    }

    private Optional<LocalDate> date(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        String value = yaml.scalar(node);
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            yaml.problem(node, "'%s' is not a date; write YYYY-MM-DD".formatted(value));
            return Optional.empty();
        }
    }

    /** The entry's id, checked: unique within its section ({@code themes}, {@code actors}, ...). */
    private String id(Map<String, Node> keys, Node item, String section) {
        String id = required(keys, "id", item);
        if (id.isEmpty()) {
            return null;
        }
        Node node = keys.get("id");
        if (!ID.matcher(id).matches()) {
            yaml.problem(node, "id '%s' must be lower-case words joined by '-'".formatted(id));
            return null;
        }
        Node first = ids.putIfAbsent(section + "/" + id, node);
        if (first != null) {
            yaml.problem(
                    node,
                    ("id '%s' is defined twice (first at line %d); ids must be " + "unique in %s")
                            .formatted(id, first.getStartMark().getLine() + 1, section));
            return null;
        }
        return id;
    }

    private List<String> terms(Node node, String owner) {
        List<String> terms = new ArrayList<>();
        if (node == null) {
            return terms;
        }
        for (Node t : yaml.list(node, "terms")) {
            String term = yaml.scalar(t).strip();
            if (term.isEmpty()) {
                yaml.problem(t, "empty term");
                continue;
            }
            if (term.length() > MAX_TERM_CHARS) {
                yaml.problem(
                        t,
                        "term of %d characters is longer than %d; a term is a phrase"
                                .formatted(term.length(), MAX_TERM_CHARS));
                continue;
            }
            if (!Character.isLetterOrDigit(term.charAt(0))) {
                yaml.problem(t, "term '%s' must start with a letter or digit".formatted(term));
                continue;
            }
            String key = term.toLowerCase(Locale.ROOT).replace('-', ' ');
            String other = termOwners.putIfAbsent(key, owner);
            if (other != null && !other.equals(owner)) {
                yaml.problem(
                        t,
                        "term '%s' is also listed under '%s'; a term may signal one entry"
                                .formatted(term, other));
            }
            terms.add(term);
        }
        return terms;
    }

    private String required(Map<String, Node> keys, String key, Node item) {
        Node node = keys.get(key);
        if (node == null) {
            yaml.problem(item, "'%s:' is missing".formatted(key));
            return "";
        }
        String value = yaml.scalar(node).strip();
        if (value.isEmpty()) {
            yaml.problem(node, "'%s' is empty".formatted(key));
        }
        return value;
    }

    private List<String> strings(Node node, String key) {
        List<String> values = new ArrayList<>();
        for (Node n : yaml.list(node, key)) {
            String v = yaml.scalar(n).strip();
            if (v.isEmpty()) {
                yaml.problem(n, "empty entry in '%s'".formatted(key));
            } else if (v.length() > MAX_TERM_CHARS) {
                yaml.problem(
                        n,
                        "entry of %d characters in '%s' is longer than %d"
                                .formatted(v.length(), key, MAX_TERM_CHARS));
            } else {
                values.add(v);
            }
        }
        return values;
    }
}
