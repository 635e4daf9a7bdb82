package org.repcheck.synth;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.Decode;
import com.garmin.fit.Field;
import com.garmin.fit.Fit;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.Profile;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real-file benchmark's input: {@code N} distinct activities made from real running FIT files, each decoded and
 * re-encoded message by message through the FIT SDK with every date-time field moved by a whole number of 65,536 s
 * periods (so {@code timestamp_16} fields, which hold a timestamp's low 16 bits, stay true). Copy {@code k} of a
 * source moves by {@code k + 1} periods (about 18 h each) and any copy that would start within two minutes of another
 * moves one period further, so no two files are the same activity to {@code Duplicates}. Files that the SDK does not
 * decode whole, or that hold no running session, are left out: the benchmark measures the normal path.
 *
 * <pre>MakeRealBenchData OUT_DIR --files N SOURCE_DIR...</pre>
 * writes {@code OUT_DIR/real-NNNN-&lt;source name&gt;.fit} and prints how many sources were used.
 */
public final class MakeRealBenchData {
    static final long PERIOD_S = 65_536;
    /** FIT date-times below this are seconds since the device powered on, not dates: those stay as they are. */
    private static final long MIN_ABSOLUTE = 0x10000000L;

    private MakeRealBenchData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || !args[1].equals("--files")) {
            System.err.println("usage: MakeRealBenchData OUT_DIR --files N SOURCE_DIR...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int files = Integer.parseInt(args[2]);
        List<Source> sources = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            for (Path p : fitFiles(Path.of(args[i]))) {
                source(p).ifPresent(sources::add);
            }
        }
        if (sources.isEmpty()) {
            System.err.println("MakeRealBenchData: no decodable running FIT file in the sources");
            System.exit(3);
        }
        TreeSet<Long> startMinutes = new TreeSet<>();
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Source s = sources.get(i % sources.size());
            long periods = i / sources.size() + 1;
            while (clashes(startMinutes, s.start() + periods * PERIOD_S)) {
                periods++;
            }
            startMinutes.add((s.start() + periods * PERIOD_S) / 60);
            byte[] fit = reencode(s.mesgs(), periods * PERIOD_S);
            String base = s.name().replaceAll("\\.fit$", "");
            Files.write(out.resolve(String.format(Locale.ROOT, "real-%04d-%s.fit", i, base)), fit);
            bytes += fit.length;
        }
        System.out.printf(Locale.ROOT, "MakeRealBenchData: %d files (%.1f MB) from %d real running FIT files%n", files,
                bytes / 1e6, sources.size());
    }

    /** One real file's messages, decoded once, and its first absolute date-time (FIT seconds). */
    record Source(String name, List<Mesg> mesgs, long start) {
    }

    private static List<Path> fitFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".fit")).sorted()
                    .toList();
        }
    }

    static java.util.Optional<Source> source(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        List<Mesg> mesgs = new ArrayList<>();
        Decode decode = new Decode();
        try {
            if (!decode.checkFileIntegrity(new ByteArrayInputStream(bytes))) {
                return java.util.Optional.empty(); // a damaged or chained file: not the path being measured
            }
            decode = new Decode();
            decode.read(new ByteArrayInputStream(bytes), m -> {
                m.removeExpandedFields(); // write what the device wrote, not what the decoder derived from it
                mesgs.add(m);
            });
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
        boolean running = mesgs.stream().filter(m -> m.getNum() == MesgNum.SESSION)
                .anyMatch(m -> new SessionMesg(m).getSport() == Sport.RUNNING);
        long start = firstDateTime(mesgs);
        if (!running || start < 0) {
            return java.util.Optional.empty();
        }
        try {
            reencode(mesgs, PERIOD_S); // an encoder that cannot write the file back leaves it out here, once
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Source(p.getFileName().toString(), mesgs, start));
    }

    private static boolean clashes(TreeSet<Long> startMinutes, long start) {
        long minute = start / 60;
        Long near = startMinutes.ceiling(minute - 2);
        return near != null && near <= minute + 2;
    }

    private static long firstDateTime(List<Mesg> mesgs) {
        for (Mesg m : mesgs) {
            if (m.getNum() == MesgNum.RECORD) {
                Long t = m.getFieldLongValue(253);
                if (t != null && t >= MIN_ABSOLUTE) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** The messages as a new FIT file, every absolute date-time field moved by {@code shiftS}. */
    static byte[] reencode(List<Mesg> mesgs, long shiftS) {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        for (Mesg original : mesgs) {
            Mesg m = new Mesg(original);
            for (Field f : m.getFields()) {
                if (f.getProfileType() != Profile.Type.DATE_TIME && f.getProfileType() != Profile.Type.LOCAL_DATE_TIME) {
                    continue;
                }
                for (int i = 0; i < f.getNumValues(); i++) {
                    if (f.getRawValue(i) instanceof Long t && t >= MIN_ABSOLUTE && t < 0xFFFFFFFFL) {
                        f.setRawValue(i, t + shiftS);
                    }
                }
            }
            enc.write(m);
        }
        return enc.close();
    }
}
