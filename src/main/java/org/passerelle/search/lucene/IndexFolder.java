package org.passerelle.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of the index generations: {@code index-<n>} directories, and {@code CURRENT} naming
 * the live one (replaced atomically, so a crash mid-swap leaves either the old or the new one live).
 */
final class IndexFolder {

    private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "index-";

    private final Path root;

    IndexFolder(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    Path root() {
        return root;
    }

    /** The live generation's directory (index-0 in a new folder). */
    Path current() throws IOException {
        Path current = root.resolve(CURRENT);
        if (Files.exists(current)) {
            String name = Files.readString(current, StandardCharsets.UTF_8).strip();
            if (name.matches("index-\\d+") && Files.isDirectory(root.resolve(name))) {
                return root.resolve(name);
            }
        }
        Path first = root.resolve(PREFIX + "0");
        makeCurrent(first);
        return first;
    }

    /** A directory for a new generation, unused so far. */
    Path next() {
        long number = System.currentTimeMillis();
        while (Files.exists(root.resolve(PREFIX + number))) {
            number++;
        }
        return root.resolve(PREFIX + number);
    }

    void makeCurrent(Path generation) throws IOException {
        Path temp = root.resolve(CURRENT + ".tmp");
        Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Leftovers of a rebuild that a crash interrupted. */
    void deleteAllBut(Path keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(keep))
                    .forEach(IndexFolder::delete);
        }
    }

    /** Closes a generation no longer live and deletes its directory. */
    static void retire(IndexGeneration retired) {
        try {
            retired.close();
        } catch (IOException e) {
            log.warn("Closing the previous search index failed", e);
        }
        delete(retired.path);
    }

    static void delete(Path directory) {
        try {
            IOUtils.rm(directory);
        } catch (IOException e) {
            log.warn("Could not delete {}", directory, e);
        }
    }
}
