package org.passerelle.media;

import java.io.File;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

/**
 * What a photo's EXIF says that editors can use: when it was taken, by whom, under which copyright
 * and where (a suggested location), plus the orientation to apply. Renditions carry none of it.
 *
 * @param takenAt local capture time as the camera recorded it, with its offset when the camera gave one
 */
record ExifSummary(String takenAt, String author, String copyright, Double latitude, Double longitude,
        int orientation) {

    static final ExifSummary NONE = new ExifSummary(null, null, null, null, null, 1);
    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int MAX_TEXT = 300;

    boolean offersNothing() {
        return takenAt == null && author == null && copyright == null && latitude == null;
    }

    /** Reads the EXIF of an image file; any damage in the metadata simply yields less of it. */
    static ExifSummary read(File file) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file);
        } catch (Exception | StackOverflowError e) {
            return NONE;
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        int orientation = 1;
        String author = null;
        String copyright = null;
        if (ifd0 != null) {
            Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            orientation = value != null && value >= 1 && value <= 8 ? value : 1;
            author = text(ifd0.getString(ExifIFD0Directory.TAG_ARTIST));
            copyright = text(ifd0.getString(ExifIFD0Directory.TAG_COPYRIGHT));
        }
        String takenAt = sub == null ? null
                : takenAt(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                        sub.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
        Double lat = null;
        Double lon = null;
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
                && Math.abs(location.getLongitude()) <= 180) {
            lat = location.getLatitude();
            lon = location.getLongitude();
        }
        return new ExifSummary(takenAt, author, copyright, lat, lon, orientation);
    }

    private static String takenAt(String date, String offset) {
        if (date == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(date.strip(), EXIF_DATE);
            if (offset != null) {
                try {
                    return OffsetDateTime.of(local, ZoneOffset.of(offset.strip())).toString();
                } catch (RuntimeException e) {
                    // an unreadable offset: the local time is still worth having
                }
            }
            return local.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }
}
