package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The content bundle's folder layout: {@code territories/<slug>.yaml} and
 * {@code entries/<territory>/<slug>.yaml}. Reading gives JSON trees that go through the same
 * validation as the API, so that a bundle can never hold what the API would refuse.
 */
final class BundleFiles {

    record Document(Path path, JsonNode body) {
    }

    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE,
                    YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private BundleFiles() {
    }

    static List<Path> territoryFiles(Path root) throws IOException {
        return yamlFiles(root.resolve("territories"));
    }

    static List<Path> entryFiles(Path root) throws IOException {
        Path entries = root.resolve("entries");
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(entries)) {
            return files;
        }
        try (Stream<Path> folders = Files.list(entries)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                files.addAll(yamlFiles(folder));
            }
        }
        return files;
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
        }
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new BundleException(file, "is not valid YAML: " + e.getOriginalMessage());
        }
    }

    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    static void requireNamedAfter(Path file, String slug) {
        if (!baseName(file).equals(slug)) {
            throw new BundleException(file, "must be named after its slug: " + slug + ".yaml");
        }
    }

    /** Files of the bundle that cannot be imported, one line per problem, each naming its file. */
    static final class BundleException extends RuntimeException {
        private final List<String> problems;

        BundleException(Path file, String message) {
            this(List.of(file + " " + message));
        }

        BundleException(List<String> problems) {
            super(String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        /** A media file that an upload would refuse (an {@code ApiProblem}) or that cannot be read. */
        static BundleException refused(Path file, Exception e) {
            return new BundleException(file, (e instanceof IOException ? "cannot be read: " : "is refused: ")
                    + e.getMessage());
        }

        List<String> problems() {
            return problems;
        }
    }
}
