package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA contrast of the pages' style sheet: text at least 4.5:1 against what it stands on
 * (1.4.3), the borders of input fields at least 3:1 against white (1.4.11). A rule without a
 * background of its own is checked against every background its text can stand on: the page, a
 * white panel, the pale yellow of a field to check; text in the top bar against the bar.
 */
class ContrastTests {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern COLOR = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{3,6})");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?:\\s*(#[0-9a-fA-F]{3,6})");
    private static final Pattern BORDER = Pattern.compile("border[^:;]*:[^;]*?(#[0-9a-fA-F]{3,6})");
    private static final List<String> PAGE_BACKGROUNDS = List.of("#f4f6f9", "#fff", "#fff8e1");
    private static final String TOP_BAR = "#8b1a1a";

    @Test
    void textAndInputBordersMeetAa() throws IOException {
        String css = css().replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selector = rule.group(1).strip();
            String declarations = rule.group(2);
            Matcher color = COLOR.matcher(declarations);
            if (color.find()) {
                Matcher background = BACKGROUND.matcher(declarations);
                List<String> grounds = background.find() ? List.of(background.group(1))
                        : selector.startsWith(".top") || selector.startsWith("nav.user") ? List.of(TOP_BAR) : PAGE_BACKGROUNDS;
                for (String ground : grounds) {
                    checked++;
                    double ratio = ratio(color.group(1), ground);
                    if (ratio < 4.5) {
                        failures.add(selector + ": text " + color.group(1) + " on " + ground + " is " + round(ratio) + ":1");
                    }
                }
            }
            if (selector.contains("input")) {
                Matcher border = BORDER.matcher(declarations);
                while (border.find()) {
                    checked++;
                    double ratio = ratio(border.group(1), "#fff");
                    if (ratio < 3) {
                        failures.add(selector + ": border " + border.group(1) + " on #fff is " + round(ratio) + ":1");
                    }
                }
            }
        }
        assertThat(checked).as("colours found in the style sheet").isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void theRatioIsWcags() {
        assertThat(ratio("#000", "#fff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#777777", "#fff")).isBetween(4.47, 4.49); // the classic just-failing grey
    }

    private static String css() throws IOException {
        try (InputStream in = ContrastTests.class.getResourceAsStream("/static/css/sohoa.css")) {
            assertThat(in).as("static/css/sohoa.css on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double round(double ratio) {
        return Math.round(ratio * 100) / 100.0;
    }
}
