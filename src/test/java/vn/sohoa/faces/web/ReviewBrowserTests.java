package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.services.review.ReviewFixtures;
import vn.sohoa.storage.ObjectStore;

/**
 * The review flow end to end in Chromium, at 1366×768, with the keyboard only: records staff open
 * the queue from the menu, filter it by batch, open the oldest record, meet its uncertain owner ID
 * first (marked with an icon and words), get a wrong value refused with the reason, correct it
 * with Enter, move with Tab, go to the next record with Alt+N, type a missing field, mark it
 * "Đã kiểm tra" with Ctrl+Enter and land on an empty queue; a clerk then finds the record by the
 * corrected ID and sees the history on the record page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTests extends FixtureServer {

    private static final String MISREAD = "089O92225l27";
    private static final String RIGHT = "089092225127";

    @Autowired
    ObjectStore store;
    @Autowired
    JsonMapper json;
    @Autowired
    RecordIndexer indexer;
    @Autowired
    SearchIndex index;

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
        browser = HeadlessChromium.start("vi-VN");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void recordsStaffReviewABatchWithTheKeyboardAndAClerkSeesTheCorrection() {
        String batch = "review-browser-" + Long.toHexString(System.nanoTime());
        String first = ReviewFixtures.id(batch, 1), second = ReviewFixtures.id(batch, 2);
        ReviewFixtures fixtures = new ReviewFixtures(store, json, indexer);
        fixtures.decision(first, batch, MISREAD, 0.28, Instant.parse("2025-05-01T01:00:00Z"), List.of());
        fixtures.decision(second, batch, null, 0, Instant.parse("2025-05-02T01:00:00Z"), List.of());

        signIn(STAFF);
        browser.get(url("/batches"));
        waitFor(By.id("nav-review")).click();
        type(By.id("review-batch"), batch + Keys.ENTER);
        waitFor(By.id("review-queue"));
        assertThat(browser.findElements(By.cssSelector("#review-queue tbody tr")).stream().map(r -> r.getAttribute("data-record")).toList())
                .containsExactly(first, second);
        assertThat(browser.findElement(By.id("review-queue")).getText()).contains("Số định danh chủ sở hữu").contains("28 %");
        browser.findElement(By.cssSelector("tr[data-record='" + first + "'] a.review-open")).click();

        waitFor(By.id("review-screen"));
        WebElement flagged = browser.findElement(By.cssSelector(".review-field"));
        assertThat(flagged.getAttribute("data-field")).as("the uncertain field first").isEqualTo("ownerIds");
        assertThat(flagged.findElement(By.className("flag")).getText()).contains("⚠").contains("Chưa chắc chắn");
        assertThat(browser.findElement(By.id("review-scan")).getAttribute("src")).endsWith("/review/" + first + "/scan");
        assertThat(active().getAttribute("id")).as("the field to check has the focus").isEqualTo("value-ownerIds");

        retype(active(), "08909222512" + Keys.ENTER);
        assertThat(waitFor(By.id("review-error")).getText()).contains("12 chữ số");
        assertThat(active().getAttribute("id")).isEqualTo("value-ownerIds");
        retype(active(), RIGHT + Keys.ENTER);
        assertThat(waitFor(By.id("review-saved")).getText()).contains("Số định danh chủ sở hữu");
        assertThat(browser.findElement(By.id("review-nothing")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("corrections")).getText()).contains(MISREAD).contains(RIGHT).contains(STAFF);
        String focused = active().getAttribute("id");
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).as("Tab goes from field to field").startsWith("value-").isNotEqualTo(focused);

        new Actions(browser).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(second));
        waitFor(By.id("review-screen"));
        assertThat(browser.findElement(By.cssSelector(".review-field.flagged .flag")).getText()).contains("Thiếu");
        assertThat(active().getAttribute("id")).isEqualTo("value-ownerIds");
        active().sendKeys("1601234567" + Keys.ENTER);
        waitFor(By.id("review-saved"));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        assertThat(waitFor(By.id("review-empty")).getText()).contains("Không còn văn bản nào cần kiểm tra");
        assertThat(browser.findElement(By.id("review-checked")).getText()).contains(second);

        assertThat(index.search(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, RIGHT)).hits()).extracting(h -> h.id()).contains(first);
        browser.findElement(By.id("logout")).click();
        signIn(CLERK);
        browser.get(url("/records/" + first));
        assertThat(waitFor(By.id("corrections")).getText()).contains(MISREAD).contains(RIGHT).contains(STAFF);
        assertThat(browser.findElement(By.cssSelector("#fields tr[data-field='ownerIds']")).getText()).contains("Cán bộ sửa tay");
        browser.get(url("/review"));
        assertThat(browser.getPageSource()).as("clerks see corrections but do not make them").doesNotContain("review-queue");
        browser.findElement(By.id("logout")).click();
    }

    /** Selects what the field holds and types over it, keeping the focus where it is (clear() may move it). */
    private static void retype(WebElement field, String keys) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(keys);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        type(By.id("username"), user);
        type(By.id("password"), PASSWORD);
        browser.findElement(By.id("signin-button")).click();
        waitFor(By.id("signed-in-as"));
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
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
