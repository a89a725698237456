package org.passerelle.search;

import org.passerelle.search.SearchQuery.BoundingBox;
import org.passerelle.shared.GeoPoint;
import org.springframework.util.MultiValueMap;

/** The map parameters of a search: {@code near} with {@code radius}, and {@code bbox}. */
final class GeoParameters {

    private GeoParameters() {
    }

    static void read(MultiValueMap<String, String> params, SearchQuery.Builder query) {
        String near = SearchParameters.single(params, "near");
        String radius = SearchParameters.single(params, "radius");
        if (near != null) {
            double[] point = numbers("near", near, 2, "lat,lon");
            checkLat("near", point[0]);
            checkLon("near", point[1]);
            double km = radius == null ? SearchQuery.DEFAULT_RADIUS_KM : number("radius", radius);
            query.near(new GeoPoint(point[0], point[1]), km);
        } else if (radius != null) {
            throw SearchParameters.bad("radius", "needs near=lat,lon");
        }
        String bbox = SearchParameters.single(params, "bbox");
        if (bbox != null) {
            double[] box = numbers("bbox", bbox, 4, "minLon,minLat,maxLon,maxLat");
            checkLon("bbox", box[0]);
            checkLat("bbox", box[1]);
            checkLon("bbox", box[2]);
            checkLat("bbox", box[3]);
            if (box[1] > box[3]) {
                throw SearchParameters.bad("bbox", "minLat must not exceed maxLat");
            }
            query.bbox(new BoundingBox(box[0], box[1], box[2], box[3]));
        }
    }

    private static double[] numbers(String name, String value, int count, String shape) {
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            throw SearchParameters.bad(name, "must be " + shape);
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = number(name, parts[i]);
        }
        return numbers;
    }

    private static double number(String name, String value) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SearchParameters.bad(name, "must be a decimal number");
    }

    private static void checkLat(String name, double lat) {
        if (lat < -90 || lat > 90) {
            throw SearchParameters.bad(name, "latitude must be between -90 and 90");
        }
    }

    private static void checkLon(String name, double lon) {
        if (lon < -180 || lon > 180) {
            throw SearchParameters.bad(name, "longitude must be between -180 and 180");
        }
    }

}
