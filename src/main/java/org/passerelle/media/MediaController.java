package org.passerelle.media;

import java.net.URI;

import org.passerelle.shared.Caller;
import org.passerelle.shared.Representations;
import org.passerelle.shared.TextLimits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Attaching photos and documents to entries, and removing them. */
@RestController
class MediaController {

    private final MediaService media;
    private final MediaView view;
    private final TextLimits limits;

    MediaController(MediaService media, MediaView view, TextLimits limits) {
        this.media = media;
        this.view = view;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/entries/{entryId}/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JsonNode> upload(Caller caller, @PathVariable String entryId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam MultiValueMap<String, String> fields) {
        MediaForm form = MediaForm.read(fields, limits);
        Media created = media.upload(caller, entryId, form, file);
        ObjectNode body = view.render(created);
        return ResponseEntity.created(URI.create("/api/v1/media/" + created.id()))
                .eTag(Representations.contentEtag(body.toString())).body(body);
    }

    @GetMapping("/api/v1/media/{id}")
    ResponseEntity<JsonNode> get(Caller caller, @PathVariable String id, WebRequest request) {
        MediaService.Visible visible = media.find(caller, id);
        ObjectNode body = view.render(visible.media());
        var cache = visible.entry().isPublished() && !caller.isAuthenticated() ? Representations.PUBLIC
                : Representations.PRIVATE;
        return Representations.conditional(request, body, Representations.contentEtag(body.toString()), cache);
    }

    @DeleteMapping("/api/v1/media/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        media.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
