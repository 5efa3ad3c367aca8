/*
 * The oracle for the runtime's printf formatter: prints, for many specs and values, what C's printf writes in the
 * C locale, one row per call, tab-separated:
 *
 *   spec  type  star-width  star-precision  argument  output
 *
 * type is the C type of the argument: i (int), l (long), u (unsigned int), U (unsigned long), f (double), c (char),
 * s (char *). Stars take the star columns ("-" when unused). Doubles are printed with %.17g so that the reader
 * gets the exact same double back. printf-oracle.tsv is this program's output with glibc; the tests read that file,
 * so running them needs no C compiler. To regenerate:
 *
 *   gcc -O0 -o printf-oracle printf-oracle.c && ./printf-oracle > printf-oracle.tsv
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>

static void row_int(const char *spec, int value) { printf("%s\ti\t-\t-\t%d\t", spec, value); printf(spec, value); printf("\n"); }
static void row_long(const char *spec, long value) { printf("%s\tl\t-\t-\t%ld\t", spec, value); printf(spec, value); printf("\n"); }
static void row_uint(const char *spec, unsigned value) { printf("%s\tu\t-\t-\t%u\t", spec, value); printf(spec, value); printf("\n"); }
static void row_ulong(const char *spec, unsigned long value) { printf("%s\tU\t-\t-\t%lu\t", spec, value); printf(spec, value); printf("\n"); }
static void row_double(const char *spec, double value) { printf("%s\tf\t-\t-\t%.17g\t", spec, value); printf(spec, value); printf("\n"); }
static void row_char(const char *spec, char value) { printf("%s\tc\t-\t-\t%c\t", spec, value); printf(spec, value); printf("\n"); }
static void row_string(const char *spec, const char *value) { printf("%s\ts\t-\t-\t%s\t", spec, value); printf(spec, value); printf("\n"); }
static void row_star_string(const char *spec, int width, int precision, const char *value)
{
    printf("%s\ts\t%d\t%d\t%s\t", spec, width, precision, value);
    printf(spec, width, precision, value);
    printf("\n");
}
static void row_star_precision_string(const char *spec, int precision, const char *value)
{
    printf("%s\ts\t-\t%d\t%s\t", spec, precision, value);
    printf(spec, precision, value);
    printf("\n");
}
static void row_star_width_int(const char *spec, int width, int value)
{
    printf("%s\ti\t%d\t-\t%d\t", spec, width, value);
    printf(spec, width, value);
    printf("\n");
}
static void row_star_double(const char *spec, int width, int precision, double value)
{
    printf("%s\tf\t%d\t%d\t%.17g\t", spec, width, precision, value);
    printf(spec, width, precision, value);
    printf("\n");
}

int main(void)
{
    static const char *int_specs[] = {
        "%d", "%i", "%5d", "%-5d", "%05d", "%+d", "% d", "%+5d", "%-+5d", "% 05d", "%.3d", "%8.3d", "%-8.3d",
        "%08.3d", "%.0d", "%5.0d", "%+.0d", "%ld", "%lld", "%hd", "%zd", "%jd", "%1d", "%+-08d", "%0-8d", "%#d",
        "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%#.0o", "%#5x", "%#08x", "%-#8x", "%.5x", "%#.5x", "%.0x",
        "%#.0x", "%lu", "%lx", "%+u", "% u", "%#.3o", "%10u", "%-10X",
    };
    static const int int_values[] = { 0, 1, -1, 7, -7, 42, -42, 255, 1000, 12345, -12345, 65535, 123456789,
                                      INT_MAX, INT_MIN };
    static const long long_values[] = { 0L, 1L, -1L, 4294967296L, -4294967296L, LONG_MAX, LONG_MIN };
    static const unsigned uint_values[] = { 0u, 1u, 255u, 4294967295u, 2147483648u };
    static const unsigned long ulong_values[] = { 0UL, 1UL, 18446744073709551615UL, 9223372036854775808UL };
    static const char *double_specs[] = {
        "%f", "%F", "%e", "%E", "%g", "%G", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.17f", "%.20f", "%.30f",
        "%.60f", "%10.2f", "%-10.2f", "%010.2f", "%+f", "% f", "%+.0f", "%#.0f", "%#f", "%.0e", "%.1e", "%.3e",
        "%.10e", "%.20e", "%#.0e", "%12.4e", "%-12.4e", "%+e", "%.0g", "%.1g", "%.2g", "%.3g", "%.10g", "%.17g",
        "%#g", "%#.3g", "%#.0g", "%10g", "%-10g", "%010g", "%+g", "% g", "%G", "%lf", "%Lf" /* replaced below */,
        "%5f", "%05f", "%-5e", "%+05f", "%.40e", "%#.10g",
    };
    static const double double_values[] = {
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.25, 0.35, 0.45, 1e-5, 1.25e-5, 0.0001, 0.00012345,
        123.456, 999.9995, 9.9999, 99999.5, 123456.0, 1234567.0, 1e15, 1e16, 1e21, 1e22, 1.7976931348623157e308,
        4.9406564584124654e-324, 2.2250738585072014e-308, 3.141592653589793, 2.718281828459045, 1.0 / 3.0,
        100.0, 0.1, 0.2, 0.3, 5e-5, 9.5, 10.5, 0.05, 0.005, 1e100, -1e-100, 6.02214076e23,
        INFINITY, -INFINITY, NAN, -NAN,
    };
    static const char *char_specs[] = { "%c", "%3c", "%-3c", "%03c" };
    static const char char_values[] = { 'a', 'Z', '%', ' ', '0' };
    static const char *string_specs[] = {
        "%s", "%10s", "%-10s", "%.3s", "%.0s", "%10.3s", "%-10.3s", "%-.200s", "%.200s", "%010s", "%ls" /* as %s */,
        "%-.64s", "%.5s", "%1s",
    };
    static const char *string_values[] = { "", "a", "abc", "hello world", "Can't create file",
                                           "0123456789012345678901234567890123456789012345678901234567890123456789" };
    size_t i, j;

    for (i = 0; i < sizeof int_specs / sizeof *int_specs; i++) {
        char long_spec[32];
        const char *spec = int_specs[i];
        int is_unsigned = 0, k;
        for (k = 0; spec[k]; k++) { }
        is_unsigned = spec[k - 1] == 'u' || spec[k - 1] == 'x' || spec[k - 1] == 'X' || spec[k - 1] == 'o';
        if (spec[k - 2] == 'l' || spec[k - 2] == 'h' || spec[k - 2] == 'z' || spec[k - 2] == 'j') {
            continue; /* length modifiers: written below with arguments of their own width */
        }
        for (j = 0; j < sizeof int_values / sizeof *int_values; j++) row_int(spec, int_values[j]);
        snprintf(long_spec, sizeof long_spec, "%.*sl%c", k - 1, spec, spec[k - 1]);
        for (j = 0; j < sizeof long_values / sizeof *long_values; j++) row_long(long_spec, long_values[j]);
        if (is_unsigned) {
            for (j = 0; j < sizeof uint_values / sizeof *uint_values; j++) row_uint(spec, uint_values[j]);
            for (j = 0; j < sizeof ulong_values / sizeof *ulong_values; j++) row_ulong(long_spec, ulong_values[j]);
        }
    }
    row_long("%lld", 1234567890123L);
    row_long("%zd", -5L);
    row_long("%jd", 99L);
    row_int("%hd", 123);
    row_int("%hhd", 12);
    row_uint("%hu", 65535u);

    for (i = 0; i < sizeof double_specs / sizeof *double_specs; i++) {
        const char *spec = double_specs[i];
        if (spec[1] == 'L') {
            continue; /* long double: not a C# type */
        }
        for (j = 0; j < sizeof double_values / sizeof *double_values; j++) row_double(spec, double_values[j]);
    }

    /* %#g where rounding carries the value up to the next power of ten, where glibc keeps fewer zeros. */
    row_double("%#.3g", 0.000099999);
    row_double("%#.2g", 0.0000999);
    row_double("%#.3g", 9999.6);
    row_double("%#.1g", 0.99);
    row_double("%#.2g", 9.99);
    row_double("%#.2g", 99.9);
    row_double("%#.4g", 99999.9);
    row_double("%#.1g", 9.9);

    for (i = 0; i < sizeof char_specs / sizeof *char_specs; i++)
        for (j = 0; j < sizeof char_values / sizeof *char_values; j++) row_char(char_specs[i], char_values[j]);

    for (i = 0; i < sizeof string_specs / sizeof *string_specs; i++) {
        const char *spec = string_specs[i][1] == 'l' ? "%s" : string_specs[i];
        for (j = 0; j < sizeof string_values / sizeof *string_values; j++) row_string(spec, string_values[j]);
    }

    row_star_string("%*.*s", 10, 3, "abcdef");
    row_star_string("%*.*s", -10, 3, "abcdef");
    row_star_string("%*.*s", 4, -1, "abcdef");
    row_star_string("%-*.*s", 8, 2, "abcdef");
    row_star_precision_string("%.*s", 3, "Can't create file");
    row_star_precision_string("%.*s", 0, "abc");
    row_star_precision_string("%.*s", -5, "abc");
    row_star_precision_string("%-.*s", 64, "abc");
    row_star_width_int("%*d", 6, 42);
    row_star_width_int("%*d", -6, 42);
    row_star_width_int("%0*d", 6, -42);
    row_star_double("%*.*f", 12, 3, 3.14159);
    row_star_double("%*.*e", -12, 2, 31415.9);
    row_star_double("%*.*g", 0, -1, 0.0001234);
    return 0;
}
