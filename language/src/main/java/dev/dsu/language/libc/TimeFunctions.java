package dev.dsu.language.libc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** time.h: clocks, broken-down time (glibc's struct tm layout) and strftime in the C locale. */
final class TimeFunctions {
    private static final int TM_SIZE = 56;
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                    "December"};

    private final Heap heap;
    private final Errno errno;
    private final long staticTm;
    private final long staticAsctime;
    private final long cpuStart;
    private final ZoneId zone;
    private final java.util.HashMap<String, Long> zoneNames = new java.util.HashMap<>();

    TimeFunctions(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
        this.staticTm = heap.allocate(TM_SIZE, MemoryObject.Kind.GLOBAL, "struct tm");
        this.staticAsctime = heap.allocate(26, MemoryObject.Kind.GLOBAL, "asctime buffer");
        this.cpuStart = cpuNanos();
        ZoneId z;
        try {
            String tz = System.getenv("TZ");
            z = tz != null && !tz.isEmpty() ? ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz) : ZoneId.systemDefault();
        } catch (RuntimeException e) {
            z = ZoneOffset.UTC;
        }
        this.zone = z;
    }

    @TruffleBoundary
    private static long cpuNanos() {
        ThreadMXBean b = ManagementFactory.getThreadMXBean();
        if (b.isCurrentThreadCpuTimeSupported()) {
            return b.getCurrentThreadCpuTime();
        }
        return System.nanoTime();
    }

    private long zoneName(String name) {
        return zoneNames.computeIfAbsent(name, n -> heap.allocateCString(n.getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.CONSTANT, "tm_zone"));
    }

    @TruffleBoundary
    void storeTm(long tm, ZonedDateTime t, Node loc) {
        heap.putI32(tm, t.getSecond(), loc);
        heap.putI32(tm + 4, t.getMinute(), loc);
        heap.putI32(tm + 8, t.getHour(), loc);
        heap.putI32(tm + 12, t.getDayOfMonth(), loc);
        heap.putI32(tm + 16, t.getMonthValue() - 1, loc);
        heap.putI32(tm + 20, t.getYear() - 1900, loc);
        heap.putI32(tm + 24, t.getDayOfWeek().getValue() % 7, loc);
        heap.putI32(tm + 28, t.getDayOfYear() - 1, loc);
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        heap.putI32(tm + 32, dst ? 1 : 0, loc);
        heap.putI64(tm + 40, t.getOffset().getTotalSeconds(), loc);
        String name = t.getZone() instanceof ZoneOffset ? "GMT" : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        if (t.getZone() instanceof ZoneOffset && t.getOffset().getTotalSeconds() != 0) {
            name = t.getOffset().getId();
        }
        if (!(t.getZone() instanceof ZoneOffset)) {
            name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
        }
        heap.putI64(tm + 48, zoneName(name), loc);
    }

    private int field(long tm, int off, Node loc) {
        return heap.getI32(tm + off, loc);
    }

    /** mktime: normalises the fields in place and returns the time, -1 if not representable. */
    @TruffleBoundary
    long mktime(long tm, ZoneId z, Node loc) {
        long year = field(tm, 20, loc) + 1900L;
        LocalDateTime base = LocalDateTime.of((int) year, 1, 1, 0, 0, 0)
                        .plusMonths(field(tm, 16, loc))
                        .plusDays(field(tm, 12, loc) - 1L)
                        .plusHours(field(tm, 8, loc))
                        .plusMinutes(field(tm, 4, loc))
                        .plusSeconds(field(tm, 0, loc));
        ZonedDateTime t = base.atZone(z);
        storeTm(tm, t, loc);
        return t.toEpochSecond();
    }

    private ZonedDateTime readTm(long tm, Node loc) {
        LocalDateTime base = LocalDateTime.of(field(tm, 20, loc) + 1900, 1, 1, 0, 0, 0)
                        .plusMonths(field(tm, 16, loc))
                        .plusDays(field(tm, 12, loc) - 1L)
                        .plusHours(field(tm, 8, loc))
                        .plusMinutes(field(tm, 4, loc))
                        .plusSeconds(field(tm, 0, loc));
        return base.atZone(ZoneOffset.UTC);
    }

    private static String pad(long v, int width, char fill) {
        String s = Long.toString(Math.abs(v));
        StringBuilder b = new StringBuilder();
        if (v < 0) {
            b.append('-');
        }
        for (int k = s.length(); k < width; k++) {
            b.append(fill);
        }
        return b.append(s).toString();
    }

    @TruffleBoundary
    String strftime(String fmt, long tm, Node loc) {
        int sec = field(tm, 0, loc), min = field(tm, 4, loc), hour = field(tm, 8, loc), mday = field(tm, 12, loc), mon = field(tm, 16, loc);
        int year = field(tm, 20, loc) + 1900, wday = field(tm, 24, loc), yday = field(tm, 28, loc);
        long gmtoff = heap.getI64(tm + 40, loc);
        long zonePtr = heap.getI64(tm + 48, loc);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                b.append(c);
                continue;
            }
            char k = fmt.charAt(++i);
            while ((k == 'E' || k == 'O' || k == '-' || k == '_' || k == '0' || k == '^') && i + 1 < fmt.length()) {
                k = fmt.charAt(++i);
            }
            String dayName = DAYS[Math.floorMod(wday, 7)];
            String monName = MONTHS[Math.floorMod(mon, 12)];
            switch (k) {
                case 'a' -> b.append(dayName, 0, 3);
                case 'A' -> b.append(dayName);
                case 'b', 'h' -> b.append(monName, 0, 3);
                case 'B' -> b.append(monName);
                case 'c' -> b.append(strftime("%a %b %e %H:%M:%S %Y", tm, loc));
                case 'C' -> b.append(pad(Math.floorDiv(year, 100), 2, '0'));
                case 'd' -> b.append(pad(mday, 2, '0'));
                case 'D' -> b.append(strftime("%m/%d/%y", tm, loc));
                case 'e' -> b.append(pad(mday, 2, ' '));
                case 'F' -> b.append(strftime("%Y-%m-%d", tm, loc));
                case 'H' -> b.append(pad(hour, 2, '0'));
                case 'I' -> b.append(pad(hour % 12 == 0 ? 12 : hour % 12, 2, '0'));
                case 'j' -> b.append(pad(yday + 1, 3, '0'));
                case 'k' -> b.append(pad(hour, 2, ' '));
                case 'l' -> b.append(pad(hour % 12 == 0 ? 12 : hour % 12, 2, ' '));
                case 'm' -> b.append(pad(mon + 1, 2, '0'));
                case 'M' -> b.append(pad(min, 2, '0'));
                case 'n' -> b.append('\n');
                case 'p' -> b.append(hour < 12 ? "AM" : "PM");
                case 'P' -> b.append(hour < 12 ? "am" : "pm");
                case 'r' -> b.append(strftime("%I:%M:%S %p", tm, loc));
                case 'R' -> b.append(strftime("%H:%M", tm, loc));
                case 's' -> b.append(readTm(tm, loc).toEpochSecond() - gmtoff);
                case 'S' -> b.append(pad(sec, 2, '0'));
                case 't' -> b.append('\t');
                case 'T' -> b.append(strftime("%H:%M:%S", tm, loc));
                case 'u' -> b.append(wday == 0 ? 7 : wday);
                case 'w' -> b.append(wday);
                case 'U' -> b.append(pad((yday + 7 - wday) / 7, 2, '0'));
                case 'W' -> b.append(pad((yday + 7 - (wday + 6) % 7) / 7, 2, '0'));
                case 'V' -> b.append(pad(readTm(tm, loc).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0'));
                case 'G' -> b.append(readTm(tm, loc).get(IsoFields.WEEK_BASED_YEAR));
                case 'g' -> b.append(pad(readTm(tm, loc).get(IsoFields.WEEK_BASED_YEAR) % 100, 2, '0'));
                case 'x' -> b.append(strftime("%m/%d/%y", tm, loc));
                case 'X' -> b.append(strftime("%H:%M:%S", tm, loc));
                case 'y' -> b.append(pad(Math.floorMod(year, 100), 2, '0'));
                case 'Y' -> b.append(year);
                case 'z' -> {
                    long off = Math.abs(gmtoff) / 60;
                    b.append(gmtoff < 0 ? '-' : '+').append(pad(off / 60, 2, '0')).append(pad(off % 60, 2, '0'));
                }
                case 'Z' -> b.append(zonePtr != 0 ? heap.readCString(zonePtr, loc) : "");
                case '%' -> b.append('%');
                default -> b.append('%').append(k);
            }
        }
        return b.toString();
    }

    @TruffleBoundary
    long clockNanos(int clockId) {
        return switch (clockId) {
            case 0, 5, 8, 11 -> { // REALTIME and its variants
                Instant now = Instant.now();
                yield now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }
            case 2, 3 -> cpuNanos() - cpuStart; // PROCESS/THREAD_CPUTIME_ID
            default -> System.nanoTime();
        };
    }

    void register(Map<String, Builtin> m) {
        m.put("time", (a, loc) -> {
            long t = Math.floorDiv(clockNanos(0), 1_000_000_000L);
            if (Args.l(a, 0) != 0) {
                heap.putI64(Args.l(a, 0), t, loc);
            }
            return t;
        });
        m.put("clock", (a, loc) -> (cpuNanos() - cpuStart) / 1000);
        m.put("clock_gettime", (a, loc) -> {
            int id = Args.i(a, 0);
            if (id < 0 || id > 11) {
                errno.set(Errno.EINVAL);
                return -1L;
            }
            long ns = clockNanos(id);
            long ts = Args.l(a, 1);
            heap.putI64(ts, Math.floorDiv(ns, 1_000_000_000L), loc);
            heap.putI64(ts + 8, Math.floorMod(ns, 1_000_000_000L), loc);
            return 0L;
        });
        m.put("clock_getres", (a, loc) -> {
            long ts = Args.l(a, 1);
            if (ts != 0) {
                heap.putI64(ts, 0, loc);
                heap.putI64(ts + 8, 1, loc);
            }
            return 0L;
        });
        m.put("gettimeofday", (a, loc) -> {
            long ns = clockNanos(0);
            long tv = Args.l(a, 0);
            if (tv != 0) {
                heap.putI64(tv, Math.floorDiv(ns, 1_000_000_000L), loc);
                heap.putI64(tv + 8, Math.floorMod(ns, 1_000_000_000L) / 1000, loc);
            }
            return 0L;
        });
        m.put("localtime", (a, loc) -> {
            storeTm(staticTm, Instant.ofEpochSecond(heap.getI64(Args.l(a, 0), loc)).atZone(zone), loc);
            return staticTm;
        });
        m.put("localtime_r", (a, loc) -> {
            storeTm(Args.l(a, 1), Instant.ofEpochSecond(heap.getI64(Args.l(a, 0), loc)).atZone(zone), loc);
            return Args.l(a, 1);
        });
        m.put("gmtime", (a, loc) -> {
            storeTm(staticTm, Instant.ofEpochSecond(heap.getI64(Args.l(a, 0), loc)).atZone(ZoneOffset.UTC), loc);
            return staticTm;
        });
        m.put("gmtime_r", (a, loc) -> {
            storeTm(Args.l(a, 1), Instant.ofEpochSecond(heap.getI64(Args.l(a, 0), loc)).atZone(ZoneOffset.UTC), loc);
            return Args.l(a, 1);
        });
        m.put("mktime", (a, loc) -> mktime(Args.l(a, 0), zone, loc));
        m.put("timelocal", m.get("mktime"));
        m.put("timegm", (a, loc) -> mktime(Args.l(a, 0), ZoneOffset.UTC, loc));
        m.put("difftime", (a, loc) -> (double) Args.l(a, 0) - (double) Args.l(a, 1));
        m.put("strftime", (a, loc) -> {
            long buf = Args.l(a, 0), max = Args.l(a, 1);
            byte[] s = strftime(heap.readCString(Args.l(a, 2), loc), Args.l(a, 3), loc).getBytes(StandardCharsets.ISO_8859_1);
            if (s.length + 1 > max) {
                return 0L;
            }
            heap.writeBytes(buf, s, 0, s.length, loc);
            heap.putI8(buf + s.length, (byte) 0, loc);
            return (long) s.length;
        });
        m.put("asctime", (a, loc) -> {
            byte[] s = (strftime("%a %b %e %H:%M:%S %Y", Args.l(a, 0), loc) + "\n").getBytes(StandardCharsets.ISO_8859_1);
            int n = Math.min(s.length, 25);
            heap.writeBytes(staticAsctime, s, 0, n, loc);
            heap.putI8(staticAsctime + n, (byte) 0, loc);
            return staticAsctime;
        });
        m.put("ctime", (a, loc) -> {
            storeTm(staticTm, Instant.ofEpochSecond(heap.getI64(Args.l(a, 0), loc)).atZone(zone), loc);
            return m.get("asctime").call(new Object[]{staticTm}, loc);
        });
        m.put("tzset", (a, loc) -> null);
    }
}
