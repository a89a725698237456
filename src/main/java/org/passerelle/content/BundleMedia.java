package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.passerelle.content.BundleFiles.BundleException;
import org.passerelle.media.EntryMedia;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Ids;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry's media in the bundle: their original files in {@code <entry-slug>.media/} beside the entry
 * file, listed in order under its {@code media} key with what editors say about them. Reading checks
 * each listed file as an upload would (size, type), so that a bad file stops the import before anything
 * is written.
 */
@Component
class BundleMedia {

    /** A listed file; {@code id} is the one it had in the store it was exported from, or null. */
    record Item(Path file, String sha256, String id, EntryMedia.Details details) {
    }

    private static final Set<String> FIELDS = Set.of("file", "id", "fileName", "caption", "credit", "license");
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp", "image/gif", "gif", "application/pdf", "pdf", "text/plain", "txt",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.oasis.opendocument.text", "odt",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
    private static final int MAX_BASE_NAME = 60;

    private final EntryMedia media;

    BundleMedia(EntryMedia media) {
        this.media = media;
    }

    static Path folder(Path entryFile) {
        return entryFile.resolveSibling(BundleFiles.baseName(entryFile) + ".media");
    }

    /** The items of an entry file's {@code media} list, every problem of every item reported at once. */
    List<Item> read(Path entryFile, JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new BundleException(entryFile, "must list its media as a YAML sequence under 'media'");
        }
        List<Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "media[" + i + "]";
            try {
                items.add(item(entryFile, at, list.get(i)));
            } catch (ApiProblem problem) {
                problem.errors().forEach(e -> problems.addAll(invalid(entryFile, at + "." + e.field(), e.message())
                        .problems()));
            } catch (BundleException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        return items;
    }

    private Item item(Path entryFile, String at, JsonNode node) {
        if (!(node instanceof ObjectNode object) || !object.has("file")) {
            throw invalid(entryFile, at, "must be a mapping with at least 'file'");
        }
        List<String> unknown = object.propertyNames().stream().filter(f -> !FIELDS.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw invalid(entryFile, at, "has unknown field(s) " + unknown + ": use " + FIELDS);
        }
        String name = scalar(entryFile, at, object, "file");
        if (name == null || name.isEmpty() || name.startsWith(".") || name.chars().anyMatch(Character::isISOControl)
                || !name.equals(Path.of(name).getFileName().toString())) {
            throw invalid(entryFile, at + ".file", "must name a file of " + folder(entryFile).getFileName()
                    + ", without a folder");
        }
        Path file = folder(entryFile).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BundleException(file, "is missing (" + entryFile.getFileName() + " lists it as " + at + ")");
        }
        String id = scalar(entryFile, at, object, "id");
        if (id != null && !Ids.isValid(id)) {
            throw invalid(entryFile, at + ".id", "'" + id + "' is not a media id: an export writes 12 characters"
                    + " of 0-9 a-z (without i, l, o, u); remove the line to give the medium a new id");
        }
        String fileName = object.has("fileName") ? scalar(entryFile, at, object, "fileName") : name;
        EntryMedia.Details details = media.details(fileName, caption(entryFile, at, object.get("caption")),
                scalar(entryFile, at, object, "credit"), scalar(entryFile, at, object, "license"));
        try {
            media.check(file);
            return new Item(file, EntryMedia.sha256(file), id, details);
        } catch (ApiProblem | IOException e) {
            throw BundleException.refused(file, e);
        }
    }

    /** A problem of one field of the entry file, written as the API's field errors are. */
    private static BundleException invalid(Path entryFile, String field, String message) {
        return new BundleException(List.of(entryFile + ": " + field + " " + message));
    }

    private static String scalar(Path entryFile, String at, ObjectNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainer()) {
            throw invalid(entryFile, at + "." + field, "must be a single value");
        }
        return value.asString();
    }

    private static Map<String, String> caption(Path entryFile, String at, JsonNode node) {
        Map<String, String> caption = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return caption;
        }
        if (!(node instanceof ObjectNode texts) || texts.values().stream().anyMatch(JsonNode::isContainer)) {
            throw invalid(entryFile, at + ".caption", "must map languages to texts, e.g. {fr: ..., ja: ...}");
        }
        texts.properties().stream().filter(e -> !e.getValue().isNull())
                .forEach(e -> caption.put(e.getKey(), e.getValue().asString()));
        return caption;
    }

    /**
     * Writes the entry's media originals beside its file, numbered in order, and lists them under
     * {@code media} with their ids (which an import into another store keeps); files left in the folder
     * by an earlier export are removed. Returns how many.
     */
    int write(Path entryFile, String entryId, ObjectNode entry) throws IOException {
        Path folder = folder(entryFile);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> stale = Files.list(folder)) {
                for (Path file : stale.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
        List<EntryMedia.Attached> all = media.of(entryId);
        if (all.isEmpty()) {
            Files.deleteIfExists(folder);
            return 0;
        }
        Files.createDirectories(folder);
        ArrayNode list = entry.putArray("media");
        for (int i = 0; i < all.size(); i++) {
            EntryMedia.Attached medium = all.get(i);
            EntryMedia.Details details = medium.details();
            String name = "%02d-%s".formatted(i + 1, safeName(details.fileName(), medium.mediaType()));
            media.copyOriginal(medium, folder.resolve(name));
            ObjectNode item = list.addObject();
            item.put("file", name);
            item.put("id", medium.id());
            item.put("fileName", details.fileName());
            ObjectNode caption = item.putObject("caption");
            details.caption().forEach(caption::put);
            if (details.credit() != null) {
                item.put("credit", details.credit());
            }
            item.put("license", details.license());
        }
        return all.size();
    }

    /**
     * A portable file name (ASCII letters, digits, {@code . _ -}) close to the original, keeping its
     * extension or taking one from the type; the original name itself is kept under {@code fileName}.
     */
    static String safeName(String original, String mediaType) {
        String name = original == null ? ""
                : Normalizer.normalize(original, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String base = dot < 0 ? name : name.substring(0, dot);
        if (!extension.matches("[a-z0-9]{1,8}")) {
            extension = EXTENSIONS.getOrDefault(mediaType, "bin");
        }
        base = base.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (base.length() > MAX_BASE_NAME) {
            base = base.substring(0, MAX_BASE_NAME).replaceAll("[-.]+$", "");
        }
        return (base.isEmpty() ? "media" : base) + "." + extension;
    }
}
