package org.ccmportal.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the chromedriver on the PATH, with its own profile and
 * download folder. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final Path downloads;
  private final Path profile;

  public Browser() throws IOException {
    profile = Files.createTempDirectory("ccm-chromium-profile");
    downloads = Files.createTempDirectory("ccm-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  /**
   * Waits up to 30 s. An element replaced by an ajax update while a condition reads it is read
   * again on the next poll, not a failure: conditions look their elements up each time.
   * Chromedriver reports such an element as stale, or, when the update lands between the look-up
   * and the read, as "unknown error: ... Node with given id does not belong to the document"; both
   * are retried.
   */
  public WebDriverWait waiting() {
    return waiting(Duration.ofSeconds(30));
  }

  /** Waits up to {@code timeout}, reading replaced elements again as {@link #waiting()} does. */
  public WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait =
        new WebDriverWait(driver, timeout) {
          @Override
          public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> isTrue) {
            return super.until(
                d -> {
                  try {
                    return isTrue.apply(d);
                  } catch (org.openqa.selenium.WebDriverException e) {
                    if (replacedByAjax(e)) {
                      return null;
                    }
                    throw e;
                  }
                });
          }
        };
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Chromedriver's other word for a stale element (stale ones are ignored by the wait itself). */
  private static boolean replacedByAjax(org.openqa.selenium.WebDriverException e) {
    return String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** Logs in on Keycloak's real login page (the browser must be showing it). */
  public void loginAs(String username, String password) {
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  public Path screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
