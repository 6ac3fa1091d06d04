package org.jiuzhu.core.region;

/** A point in WGS-84 degrees: the centre of a division, never a household's address. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a point on earth");
        }
    }

    /** Great-circle distance (haversine), precise enough for service radii of a few dozen kilometres. */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
