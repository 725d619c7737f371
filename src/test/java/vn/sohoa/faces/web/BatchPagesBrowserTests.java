package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.sohoa.SampleScans;

/**
 * Records staff in a real browser (headless Debian Chromium): sign in on the Vietnamese form,
 * upload files and a ZIP, see the batches listed, digitize one now and open its report; the
 * search page stays closed to them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchPagesBrowserTests extends ServedSamples {

    private WebDriver browser;
    private Path scans;

    @BeforeAll
    void startBrowser() throws IOException {
        accounts();
        browser = HeadlessChromium.start("en-US");
        samples();   // the same scans archived once already: the batch digitized below is quick (duplicates)
        scans = SampleScans.copyTo(SampleScans.newTempDir("upload-scans"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void recordsStaffUploadFilesAndAZipSeeTheBatchesAndDigitizeOneNow() throws IOException {
        browser.get(url("/batches"));
        assertThat(browser.getCurrentUrl()).as("signing in is asked first").endsWith("/login");
        assertThat(browser.findElement(By.id("signin-button")).getText()).isEqualTo("Đăng nhập");
        type(By.id("username"), STAFF);
        type(By.id("password"), "sai mật khẩu");
        browser.findElement(By.id("signin-button")).click();
        assertThat(waitFor(By.id("signin-error")).getText()).contains("Sai tên đăng nhập");
        type(By.id("username"), STAFF);
        type(By.id("password"), PASSWORD);
        browser.findElement(By.id("signin-button")).click();
        waitFor(By.id("upload-form"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(STAFF);
        assertThat(browser.findElements(By.id("nav-search"))).as("records staff do not search").isEmpty();

        type(By.id("batch-name"), "lo-trinh-duyet");
        browser.findElement(By.id("files")).sendKeys(scans.resolve("cong-van-dien-tu.pdf") + "\n" + scans.resolve("thong-bao.png"));
        browser.findElement(By.id("upload-button")).click();
        assertThat(waitFor(By.id("uploaded")).getText()).contains("lo-trinh-duyet");
        assertThat(browser.findElement(By.id("batch-state")).getAttribute("data-state")).isEqualTo("inbox");
        assertThat(browser.findElement(By.id("batch-state")).getText()).contains("0/2");
        screenshot("batch-uploaded");

        Path zip = zipOf(scans.resolve("quyet-dinh-cap-phep.pdf"));
        browser.get(url("/batches"));
        type(By.id("batch-name"), "lo-zip");
        browser.findElement(By.id("files")).sendKeys(zip.toString());
        browser.findElement(By.id("upload-button")).click();
        assertThat(waitFor(By.id("uploaded")).getText()).contains("lo-zip");

        browser.get(url("/batches"));
        assertThat(browser.findElement(By.cssSelector("tr[data-batch='lo-trinh-duyet']")).getAttribute("data-state")).isEqualTo("inbox");
        assertThat(browser.findElement(By.cssSelector("tr[data-batch='lo-zip']")).getText()).contains("Trong hộp thư");
        assertThat(browser.findElement(By.cssSelector("tr[data-batch='" + BATCH + "']")).getAttribute("data-state")).isEqualTo("completed");
        screenshot("batches");

        browser.findElement(By.linkText("lo-trinh-duyet")).click();
        browser.findElement(By.id("digitize-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(5)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.id("batch-state")).getAttribute("data-state").equals("completed");
        });
        assertThat(browser.findElement(By.id("batch-files")).getText()).contains("cong-van-dien-tu.pdf").contains("Trùng lặp");
        assertThat(browser.findElement(By.cssSelector("tr[data-file='cong-van-dien-tu.pdf'] .duplicate-of a")).getText())
                .as("the record it duplicates is named").isEqualTo(idOf(VIETNAMESE_FILE));
        browser.findElement(By.id("report-link")).click();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("lo-trinh-duyet").contains("thong-bao.png")
                .contains("Trạng thái: Đã hoàn thành");
        browser.findElement(By.linkText("← Lô lo-trinh-duyet")).click();
        waitFor(By.id("batch-title"));
        screenshot("batch-report");

        browser.get(url("/batches"));
        browser.findElement(By.id("files")).sendKeys(scans.resolve("thong-bao.png").toString());
        browser.findElement(By.id("upload-button")).click();
        assertThat(waitFor(By.id("uploaded")).getText()).as("an unnamed batch gets a Vietnamese name").contains("lô-tải-lên-");

        browser.findElement(By.className("brand")).click();
        assertThat(waitFor(By.id("upload-form")).isDisplayed()).as("the logo leads records staff home, not to a 403").isTrue();
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("forbidden")).getText()).contains("không có quyền");
        assertThat(browser.findElement(By.id("home-link")).getAttribute("href")).endsWith("/batches");
        browser.get(url("/batches"));
        browser.findElement(By.id("logout")).click();
        assertThat(waitFor(By.id("signed-out")).getText()).contains("đăng xuất");
    }

    private Path zipOf(Path file) throws IOException {
        Path zip = Files.createTempFile("lo-", ".zip");
        try (OutputStream bytes = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("trang/" + file.getFileName()));
            Files.copy(file, out);
            out.closeEntry();
        }
        return zip;
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
