package org.passerelle.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Codes.Craft;
import org.passerelle.entry.Codes.Designation;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.entry.Codes.Status;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryContent;
import org.passerelle.shared.GeoPoint;

/**
 * A seeded generator of realistic multilingual entries for the benchmark: French, Japanese and
 * English titles, summaries and Markdown-sized descriptions, around real territories, with every kind,
 * craft, designation, art form, tags and dates. The same seed and count give the same entries.
 */
public final class BenchmarkEntries implements Iterable<SearchDocument> {

    record Place(String slug, String country, String fr, String ja, String en, double lat, double lon) {
    }

    static final List<Place> PLACES = List.of(
            new Place("nancy", "FR", "Nancy", "ナンシー", "Nancy", 48.6921, 6.1844),
            new Place("chartres", "FR", "Chartres", "シャルトル", "Chartres", 48.4439, 1.4890),
            new Place("luneville", "FR", "Lunéville", "リュネヴィル", "Lunéville", 48.5894, 6.4967),
            new Place("meisenthal", "FR", "Meisenthal", "マイゼンタール", "Meisenthal", 48.9708, 7.3542),
            new Place("limoges", "FR", "Limoges", "リモージュ", "Limoges", 45.8336, 1.2611),
            new Place("lyon", "FR", "Lyon", "リヨン", "Lyon", 45.7640, 4.8357),
            new Place("kanazawa", "JP", "Kanazawa", "金沢", "Kanazawa", 36.5613, 136.6562),
            new Place("tomioka", "JP", "Tomioka", "富岡", "Tomioka", 36.2597, 138.8897),
            new Place("kyoto", "JP", "Kyoto", "京都", "Kyoto", 35.0116, 135.7681),
            new Place("wajima", "JP", "Wajima", "輪島", "Wajima", 37.3906, 136.8992),
            new Place("arita", "JP", "Arita", "有田", "Arita", 33.1906, 129.8822),
            new Place("mino", "JP", "Mino", "美濃", "Mino", 35.5447, 136.9075));

    private static final String[][] CRAFT_WORDS = {
            // fr, ja, en
            {"verrerie", "ガラス工芸", "glassworks"}, {"faïencerie", "陶器", "earthenware"},
            {"porcelaine", "磁器", "porcelain"}, {"laque", "漆器", "lacquerware"},
            {"soierie", "絹織物", "silk weaving"}, {"filature", "製糸場", "spinning mill"},
            {"papeterie", "和紙", "paper mill"}, {"dinanderie", "金工", "metalwork"},
            {"ébénisterie", "木工", "cabinetmaking"}, {"teinturerie", "染物", "dyeworks"},
            {"cristallerie", "クリスタル工房", "crystal works"}, {"céramique", "焼き物", "ceramics"}};
    private static final String[][] QUALIFIERS = {
            {"traditionnelle", "伝統的な", "traditional"}, {"contemporaine", "現代の", "contemporary"},
            {"d'art", "美術", "art"}, {"ancienne", "古い", "historic"}, {"familiale", "家族経営の", "family"},
            {"royale", "御用達の", "royal"}};
    private static final String[] FR_SENTENCES = {
            "L'atelier accueille les visiteurs toute l'année et propose des démonstrations.",
            "Les artisans perpétuent un savoir-faire transmis de génération en génération.",
            "Le verre y est soufflé à la bouche puis gravé à la roue.",
            "Les pièces sont émaillées et cuites au four à bois.",
            "Une exposition retrace l'histoire de la manufacture depuis le XVIIIe siècle.",
            "Le site est inscrit au patrimoine et ouvert aux groupes scolaires.",
            "Les ateliers de formation accueillent des apprentis chaque printemps."};
    private static final String[] JA_SENTENCES = {
            "工房は一年中見学でき、実演も行われています。", "職人たちは代々受け継がれてきた技を守っています。",
            "金沢の伝統工芸として知られています。", "作品は釉薬をかけて薪窯で焼かれます。",
            "製造所の歴史を紹介する展示があります。", "世界遺産に登録された産業遺産です。"};
    private static final String[] EN_SENTENCES = {
            "The workshop welcomes visitors all year round with live demonstrations.",
            "Craftspeople keep alive skills handed down through generations.",
            "Glass is mouth-blown and wheel-engraved on site.",
            "An exhibition traces the history of the manufactory.",
            "Apprentices join the training workshops every spring."};
    private static final String[] TAGS = {"patrimoine", "verre", "savoir-faire", "jumelage", "métiers d'art",
            "工芸", "伝統", "ユネスコ", "design", "atelier", "musée", "festival"};

    private final long seed;
    private final int count;

    public BenchmarkEntries(long seed, int count) {
        this.seed = seed;
        this.count = count;
    }

    @Override
    public Iterator<SearchDocument> iterator() {
        Random random = new Random(seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public SearchDocument next() {
                return entry(random, next++);
            }
        };
    }

    private static SearchDocument entry(Random random, int n) {
        Place place = PLACES.get(random.nextInt(PLACES.size()));
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        String[] word = CRAFT_WORDS[random.nextInt(CRAFT_WORDS.length)];
        String[] qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        Map<String, String> title = new LinkedHashMap<>();
        title.put("fr", capitalize(word[0]) + " " + qualifier[0] + " de " + place.fr() + " " + n);
        if (random.nextInt(10) < 8) {
            title.put("ja", place.ja() + "の" + qualifier[1] + word[1] + n);
        }
        if (random.nextInt(10) < 6) {
            title.put("en", capitalize(qualifier[2]) + " " + word[2] + " of " + place.en() + " " + n);
        }
        Map<String, String> summary = Map.of("fr", pick(random, FR_SENTENCES), "ja", pick(random, JA_SENTENCES),
                "en", pick(random, EN_SENTENCES));
        Map<String, String> description = Map.of("fr", paragraph(random, FR_SENTENCES, 8),
                "ja", paragraph(random, JA_SENTENCES, 6), "en", paragraph(random, EN_SENTENCES, 6));
        GeoPoint location = new GeoPoint(place.lat() + random.nextGaussian() * 0.1,
                place.lon() + random.nextGaussian() * 0.1);
        LocalDate start = kind.isDated() ? LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730)) : null;
        LocalDate end = start == null ? null : start.plusDays(random.nextInt(90));
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(pick(random, TAGS));
        }
        List<ArtForm> artForms = List.of(ArtForm.values()[random.nextInt(ArtForm.values().length)]);
        EntryContent content = new EntryContent("entry-" + n, kind, title, summary, description, location,
                null, kind == Kind.HERITAGE_SITE ? Designation.values()[random.nextInt(4)] : null, null,
                kind == Kind.CRAFT ? Craft.values()[random.nextInt(Craft.values().length)] : null,
                kind == Kind.CRAFT ? random.nextBoolean() : null, start, end,
                kind.isDated() ? "Salle " + n : null, artForms, tags, null, null);
        Instant updated = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000));
        Entry entry = new Entry(String.format("b%09d", n), place.slug(), content, Status.PUBLISHED, 1, updated,
                updated, updated);
        return new SearchDocument(entry, Map.of("fr", place.fr(), "ja", place.ja(), "en", place.en()),
                place.country(), List.of(), null);
    }

    private static String paragraph(Random random, String[] sentences, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(random, sentences)).append(' ');
        }
        return text.toString().strip();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
