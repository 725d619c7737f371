package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clerks' page in a real browser (Debian's headless Chromium through chromedriver, installed
 * by {@code ./sohoa test}) at an office screen's 1366×768: search → open → reuse, on records
 * digitized from the sample scans. Screenshots go to {@code target/browser-screenshots}: one per
 * failed test, and the main pages on every run for a look by eye.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkPageBrowserTests extends ServedSamples {

    private WebDriver browser;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void startBrowser() throws IOException {
        accounts();
        browser = HeadlessChromium.start("en-US");
        samples();
        signIn(CLERK);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkFindsAResultWithoutDiacriticsOpensItAndReusesIt() {
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("search-button")).getText()).isEqualTo("Tìm");
        type(By.id("q"), "giay phep xay dung");
        browser.findElement(By.id("search-button")).click();

        WebElement firstHit = waitFor(By.cssSelector("li.hit"));
        assertThat(browser.findElement(By.id("total")).getText()).endsWith("kết quả");
        assertThat(firstHit.getAttribute("data-id")).isEqualTo(idOf("giay-phep-xay-dung.tif"));
        assertThat(firstHit.findElement(By.className("hit-title")).getText()).contains("GIẤY PHÉP XÂY DỰNG").contains("308/GPXD");
        assertThat(firstHit.findElements(By.cssSelector(".snippet b"))).isNotEmpty();
        assertThat(firstHit.findElement(By.className("hit-fields")).getText()).contains("089176383275").contains("14/10/2022");
        assertThat(browser.findElement(By.id("facet-typeName")).getText()).contains("GIẤY PHÉP XÂY DỰNG");
        screenshot("search-results");

        firstHit.findElement(By.className("hit-title")).click();
        waitFor(By.id("record-title"));
        assertThat(browser.findElement(By.id("record-title")).getText()).isEqualTo("GIẤY PHÉP XÂY DỰNG");
        WebElement dossierRow = browser.findElement(By.cssSelector("#fields tr[data-field='dossierCode']"));
        assertThat(dossierRow.getText()).contains("000.00.10.H01-220930-1205").contains("Danh sách kèm lô").contains("100 %");
        assertThat(browser.findElement(By.id("preview")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("download-original")).getAttribute("href")).endsWith("/original");

        type(By.id("dossierCode"), "000.00.10.H01-211345-0001");
        browser.findElement(By.id("reuse-button")).click();
        assertThat(waitFor(By.id("reuse-error")).getText()).contains("không hợp lệ").contains("211345");

        String dossier = "000.00.10.H01-250120-0311";
        type(By.id("dossierCode"), dossier);
        assertThat(browser.findElements(By.id("by"))).as("who reuses is the signed-in clerk, not typed").isEmpty();
        browser.findElement(By.id("reuse-button")).click();
        assertThat(waitFor(By.id("reuse-ok")).getText()).contains(dossier);
        assertThat(browser.findElement(By.id("reuses")).getText()).contains(dossier).contains(CLERK);
        screenshot("record-after-reuse");

        browser.get(url("/api/dossiers/" + dossier));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(idOf("giay-phep-xay-dung.tif"));
        browser.get(url("/?q=&reusedIn=" + dossier));
        assertThat(waitFor(By.cssSelector("li.hit")).getText()).contains("đã tái sử dụng 1 lần");
    }

    @Test
    void anOwnerIdTypedWithSpacesFindsTheRecordAndAPdfShowsInline() {
        browser.get(url("/"));
        type(By.id("q"), "089 180 486 922");
        browser.findElement(By.id("search-button")).click();
        // The results page may not be there yet when the click returns: wait for its first hit.
        waitFor(By.cssSelector("li.hit"));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize(1);
        hits.get(0).findElement(By.className("hit-title")).click();
        waitFor(By.id("record-title"));
        assertThat(browser.getTitle()).as("the tab says type and number, not the file name").contains("CÔNG VĂN").contains("4869/UBND-VX");
        assertThat(browser.findElement(By.cssSelector(".actions a")).getAttribute("id")).as("the signed PDF is the main download")
                .isEqualTo("download-pdf");
        assertThat(browser.findElement(By.id("signature")).getText()).contains("đã ký bởi");
        assertThat(browser.findElement(By.id("preview")).getAttribute("src")).as("page width, no thumbnails").endsWith("#pagemode=none&view=FitH");
        WebElement reuse = browser.findElement(By.id("dossierCode"));
        WebElement viewer = browser.findElement(By.id("preview"));
        assertThat(reuse.getLocation().getX()).isGreaterThan(viewer.getLocation().getX());
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0", reuse, viewer))
                .as("the reuse form comes before the viewer for Tab").isEqualTo(Boolean.TRUE);
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight <= window.innerHeight"))
                .as("at 1366×768 the page itself does not scroll: one scrollbar, the details'").isEqualTo(Boolean.TRUE);
        assertThat(browser.findElement(By.id("preview")).getTagName()).isEqualTo("iframe");
        // The signed searchable PDF is what a clerk reads and reuses; the scan itself stays downloadable.
        assertThat(browser.findElement(By.id("preview")).getAttribute("src")).contains("/pdf?inline=true");
        screenshot("record-pdf");
    }

    @Test
    void filtersAndFacetsNarrowTheList() {
        browser.get(url("/?q="));
        waitFor(By.cssSelector("li.hit"));
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(5);
        WebElement before = browser.findElement(By.cssSelector("li.hit"));
        browser.findElement(By.cssSelector("#facet-year a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(before));
        waitFor(By.cssSelector("li.hit"));
        assertThat(browser.findElement(By.id("filter-issuedFrom")).getAttribute("value")).endsWith("-01-01");
        assertThat(browser.findElements(By.cssSelector("li.hit")).size()).isBetween(1, 4);

        browser.get(url("/"));
        browser.findElement(By.cssSelector("details.filters summary")).click();
        type(By.id("filter-documentNumber"), "152 / tb-ptnmt");
        browser.findElement(By.id("search-button")).click();
        // The results page may not be there yet when the click returns: wait for its first hit.
        waitFor(By.cssSelector("li.hit"));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).getAttribute("data-id")).isEqualTo(idOf("thong-bao.png"));

        browser.get(url("/?q=&issuedFrom=31/02/2024"));
        assertThat(waitFor(By.id("search-error")).getText()).contains("issuedFrom");
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.sohoa.pipeline.archive.RecordArchive archive;

    /** Issue 16's walk-through: facets combine with filters and come off, date order, the review mark, back keeps the search. */
    @Test
    void facetsAddToTheFiltersShowChosenAndComeOffSortByDateMarkWhatNeedsReviewAndBackKeepsTheSearch() {
        String organ = "ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN";
        browser.get(url("/?q=&organName=" + java.net.URLEncoder.encode(organ, java.nio.charset.StandardCharsets.UTF_8)));
        int withOrgan = waitForHits().size();
        assertThat(browser.findElement(By.id("active-filters")).getText()).contains(organ);
        assertThat(browser.findElement(By.cssSelector("#facet-organName .chosen")).getText()).contains("✓").contains(organ);
        browser.findElement(By.cssSelector("#facet-year li a")).click();
        waitForHits();
        assertThat(browser.getCurrentUrl()).as("the year is added to the agency, not instead").contains("organName=").contains("issuedFrom=");
        assertThat(browser.findElements(By.cssSelector("li.hit")).size()).isBetween(1, withOrgan);
        assertThat(browser.findElements(By.cssSelector("#facet-year .chosen"))).hasSize(1);
        browser.findElement(By.cssSelector("#active-filters a[data-filter='organName']")).click();
        waitForHits();
        assertThat(browser.getCurrentUrl()).doesNotContain("organName=").contains("issuedFrom=");

        browser.get(url("/?q="));
        waitForHits();
        browser.findElement(By.id("sort-oldest")).click();
        List<String> oldestFirst = issuedDates();
        assertThat(oldestFirst).isSorted().hasSizeGreaterThan(1);
        browser.findElement(By.id("sort-newest")).click();
        assertThat(issuedDates()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        for (WebElement hit : browser.findElements(By.cssSelector("li.hit"))) {
            boolean needsReview = archive.find(hit.getAttribute("data-id")).orElseThrow().needsReview();
            assertThat(hit.findElements(By.className("badge-review")).isEmpty()).as("the Cần kiểm tra mark is the record's review").isEqualTo(!needsReview);
        }

        browser.get(url("/?q=giay+phep+xay+dung"));
        waitForHits().get(0).findElement(By.className("hit-title")).click();
        waitFor(By.id("back-to-search")).click();
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("giay phep xay dung");
    }

    private List<WebElement> waitForHits() {
        waitFor(By.cssSelector("li.hit"));
        return browser.findElements(By.cssSelector("li.hit"));
    }

    private List<String> issuedDates() {
        return waitForHits().stream().map(h -> h.findElement(By.cssSelector(".hit-fields span")).getText())
                .filter(t -> t.matches("\\d\\d/\\d\\d/\\d{4}"))
                .map(t -> java.time.LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")).toString()).toList();
    }

    @Test
    void englishIsAvailableAndUnknownRecordsAreNamed() {
        browser.get(url("/?lang=en"));
        assertThat(browser.findElement(By.id("search-button")).getText()).isEqualTo("Search");
        browser.get(url("/?lang=vi"));
        assertThat(browser.findElement(By.id("search-button")).getText()).isEqualTo("Tìm");
        screenshot("search-home");
        browser.get(url("/records/000000000000000000000000"));
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("000000000000000000000000");
    }

    /** Signs in on the Vietnamese form, as a person would. */
    private void signIn(String user) {
        browser.get(url("/login"));
        type(By.id("username"), user);
        type(By.id("password"), PASSWORD);
        browser.findElement(By.id("signin-button")).click();
        waitFor(By.id("signed-in-as"));
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private WebElement waitFor(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
