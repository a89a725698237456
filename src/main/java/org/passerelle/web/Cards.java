package org.passerelle.web;

import java.util.Map;
import java.util.Optional;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.entry.EntryView;
import org.passerelle.shared.Lang;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Turns published entries into {@link Card}s in one language. */
@Component
class Cards {

    private final EntryService entries;
    private final EntryView view;
    private final TerritoryService territories;

    Cards(EntryService entries, EntryView view, TerritoryService territories) {
        this.entries = entries;
        this.view = view;
        this.territories = territories;
    }

    Optional<Card> published(String id, Lang lang) {
        return entries.findPublished(id).map(entry -> of(entry, lang));
    }

    Card of(Entry entry, Lang lang) {
        Lang shown = lang == null ? Lang.en : lang;
        var content = entry.content();
        String territoryName = territories.find(entry.territory()).map(Territory::name).map(shown::pick)
                .orElse(entry.territory());
        String place = content.venue() != null ? content.venue() : content.address();
        return new Card(entry.id(), content.kind().code(), shown.pick(content.title()), shown.pick(content.summary()),
                content.startDate(), content.endDate(), place, territoryName,
                image(view.render(entry, shown).get("media"), shown.pick(content.title())));
    }

    private static Card.Image image(JsonNode media, String title) {
        if (media == null) {
            return null;
        }
        for (JsonNode item : media) {
            JsonNode renditions = item.path("renditions");
            if ("image".equals(item.path("type").asString(null)) && renditions.hasNonNull("thumb")) {
                String caption = item.path("caption").isString() ? item.get("caption").stringValue() : null;
                return new Card.Image(renditions.get("thumb").asString(), renditions.path("medium").asString(
                        renditions.get("thumb").asString()), item.path("width").asInt(0), item.path("height").asInt(0),
                        caption != null ? caption : title, item.path("credit").asString(null),
                        item.path("license").asString(null));
            }
        }
        return null;
    }

    static Map<String, String> labels(Lang lang) {
        return switch (lang == null ? Lang.en : lang) {
            case fr -> Map.of("heritage-site", "Patrimoine", "craft", "Savoir-faire", "exhibition", "Exposition",
                    "event", "Événement", "credit", "Crédit", "more", "Voir tout", "empty", "Aucune fiche pour l’instant.");
            case ja -> Map.of("heritage-site", "文化遺産", "craft", "伝統工芸", "exhibition", "展覧会", "event", "イベント",
                    "credit", "クレジット", "more", "すべて見る", "empty", "まだ掲載がありません。");
            case en -> Map.of("heritage-site", "Heritage site", "craft", "Craft", "exhibition", "Exhibition",
                    "event", "Event", "credit", "Credit", "more", "See all", "empty", "Nothing published yet.");
        };
    }
}
