package org.passerelle.media;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class MediaConfig {

    /** Room for the text fields beside the file. */
    private static final DataSize FIELDS = DataSize.ofKilobytes(64);

    @Bean
    BlobStore blobStore(@Value("${passerelle.data-dir}") Path dataDir) {
        return new FileBlobStore(dataDir.resolve("blobs"));
    }

    /**
     * The container's multipart limits follow {@code passerelle.media.max-upload-size}, so a body over
     * the limit is refused while it streams in (413), never buffered whole.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(MediaProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxUploadSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxUploadSize().toBytes() + FIELDS.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }
}
