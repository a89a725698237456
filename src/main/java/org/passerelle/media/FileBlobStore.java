package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Blobs as files named by the SHA-256 of their bytes, under {@code <dir>/ab/abcdef...}. Temporary
 * files live in {@code <dir>/tmp} on the same filesystem, so a finished file appears atomically and
 * a crash leaves at most a temporary file, removed at the next start.
 */
class FileBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;

    FileBlobStore(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            try (Stream<Path> stale = Files.list(tmp)) {
                stale.forEach(FileBlobStore::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the blob store in " + root, e);
        }
    }

    @Override
    public Path newTempFile() throws IOException {
        return Files.createTempFile(tmp, "upload-", ".tmp");
    }

    @Override
    public String put(Path tempFile) throws IOException {
        String key = sha256(tempFile);
        Path target = path(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(tempFile);
            return key;
        }
        try {
            Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tempFile);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tempFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return key;
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = path(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        if (KEY.matcher(key).matches()) {
            Files.deleteIfExists(path(key));
        }
    }

    @Override
    public Stream<String> keys() throws IOException {
        return Files.find(root, 2, (p, attributes) -> attributes.isRegularFile())
                .map(p -> p.getFileName().toString())
                .filter(name -> KEY.matcher(name).matches());
    }

    Path temporaryDirectory() {
        return tmp;
    }

    Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** The key of a file: the hex SHA-256 of its bytes. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is removed at the next start
        }
    }
}
