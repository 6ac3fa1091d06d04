package org.jiuzhu.core.demo;

import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.region.Regions;

/**
 * The demo regions and their regional settings, for a database outside the demo mode (the reliability harness runs
 * the product the way production does, against a server it was given, where nothing is seeded by itself).
 */
public final class DemoPlaces {

    private DemoPlaces() {
    }

    public static void seed(Regions regions, SettingsBook settings) {
        DemoRegions.all().forEach(regions::save);
        DemoSettings.all().stream().filter(s -> settings.inEffect(s.regionCode()).isEmpty()).forEach(settings::seed);
    }
}
