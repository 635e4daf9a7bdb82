package org.repcheck.io.fit;

import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.Intensity;
import org.repcheck.model.LapTrigger;

/** Turns the SDK's enums and numbers into the names and model values repcheck speaks. */
final class FitNames {
    private FitNames() {
    }

    /** "running", "open_water": the SDK profile name in snake case, or "sport_42" for a value it does not know. */
    static String sport(Short raw) {
        if (raw == null || raw == 255) {
            return "";
        }
        com.garmin.fit.Sport s = com.garmin.fit.Sport.getByValue(raw);
        return s == null || s == com.garmin.fit.Sport.INVALID ? "sport_" + raw : snake(s.name());
    }

    static String subSport(Short raw) {
        if (raw == null || raw == 255) {
            return "";
        }
        com.garmin.fit.SubSport s = com.garmin.fit.SubSport.getByValue(raw);
        return s == null || s == com.garmin.fit.SubSport.INVALID ? "sub_sport_" + raw : snake(s.name());
    }

    /** "workout", "monitoring_b": what file_id.type says the file is. */
    static String fileType(Short raw) {
        if (raw == null || raw == 255) {
            return "";
        }
        com.garmin.fit.File f = com.garmin.fit.File.getByValue(raw);
        return f == null || f == com.garmin.fit.File.INVALID ? "type " + raw : snake(f.name());
    }

    /**
     * "garmin forerunner745": lower-case manufacturer and product. Garmin-family product numbers are named through
     * the SDK's GarminProduct table ("FR745" reads better as "forerunner745"); other makers keep their number,
     * or the product_name the file carries.
     */
    static Optional<String> device(Integer manufacturer, Integer product, String productName) {
        String maker = "";
        if (manufacturer != null && manufacturer != 0xffff) {
            String m = Manufacturer.getStringFromValue(manufacturer);
            maker = m == null || m.isEmpty() ? "manufacturer" + manufacturer : snake(m);
        }
        String prod = "";
        if (productName != null && !productName.isBlank()) {
            prod = productName.trim().toLowerCase(Locale.ROOT);
            if (!maker.isEmpty() && prod.startsWith(maker + " ")) {
                prod = prod.substring(maker.length() + 1);
            }
        } else if (product != null && product != 0xffff) {
            prod = Integer.toString(product);
            if (isGarminFamily(manufacturer)) {
                String p = GarminProduct.getStringFromValue(product);
                if (p != null && !p.isEmpty()) {
                    prod = garminProduct(p);
                }
            }
        }
        String device = (maker + " " + prod).trim();
        return device.isEmpty() ? Optional.empty() : Optional.of(device);
    }

    private static boolean isGarminFamily(Integer m) {
        return m != null && (m == Manufacturer.GARMIN || m == Manufacturer.DYNASTREAM
                || m == Manufacturer.DYNASTREAM_OEM || m == Manufacturer.TACX);
    }

    private static String garminProduct(String sdkName) {
        String p = sdkName.toLowerCase(Locale.ROOT).replace("_", "");
        return p.matches("fr\\d.*") ? "forerunner" + p.substring(2) : p;
    }

    static String snake(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    static Intensity intensity(com.garmin.fit.Intensity i) {
        if (i == null) {
            return Intensity.UNKNOWN;
        }
        return switch (i) {
            case ACTIVE -> Intensity.ACTIVE;
            case REST -> Intensity.REST;
            case WARMUP -> Intensity.WARMUP;
            case COOLDOWN -> Intensity.COOLDOWN;
            case RECOVERY -> Intensity.RECOVERY;
            case INTERVAL -> Intensity.INTERVAL;
            case OTHER -> Intensity.OTHER;
            default -> Intensity.UNKNOWN;
        };
    }

    static com.garmin.fit.Intensity toSdk(Intensity i) {
        return switch (i) {
            case ACTIVE -> com.garmin.fit.Intensity.ACTIVE;
            case REST -> com.garmin.fit.Intensity.REST;
            case WARMUP -> com.garmin.fit.Intensity.WARMUP;
            case COOLDOWN -> com.garmin.fit.Intensity.COOLDOWN;
            case RECOVERY -> com.garmin.fit.Intensity.RECOVERY;
            case INTERVAL -> com.garmin.fit.Intensity.INTERVAL;
            case OTHER -> com.garmin.fit.Intensity.OTHER;
            case UNKNOWN -> null;
        };
    }

    static LapTrigger trigger(com.garmin.fit.LapTrigger t) {
        if (t == null) {
            return LapTrigger.UNKNOWN;
        }
        return switch (t) {
            case MANUAL -> LapTrigger.MANUAL;
            case TIME -> LapTrigger.TIME;
            case DISTANCE -> LapTrigger.DISTANCE;
            case POSITION_START, POSITION_LAP, POSITION_WAYPOINT, POSITION_MARKED -> LapTrigger.POSITION;
            case SESSION_END -> LapTrigger.SESSION_END;
            case FITNESS_EQUIPMENT -> LapTrigger.FITNESS_EQUIPMENT;
            case INVALID -> LapTrigger.UNKNOWN;
        };
    }

    static com.garmin.fit.LapTrigger toSdk(LapTrigger t) {
        return switch (t) {
            case MANUAL -> com.garmin.fit.LapTrigger.MANUAL;
            case TIME -> com.garmin.fit.LapTrigger.TIME;
            case DISTANCE -> com.garmin.fit.LapTrigger.DISTANCE;
            case POSITION -> com.garmin.fit.LapTrigger.POSITION_LAP;
            case SESSION_END -> com.garmin.fit.LapTrigger.SESSION_END;
            case FITNESS_EQUIPMENT -> com.garmin.fit.LapTrigger.FITNESS_EQUIPMENT;
            case OTHER, UNKNOWN -> null;
        };
    }
}
