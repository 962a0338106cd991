package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The time zone, SMS quiet hours and language on the preferences page in a real browser: a saved
 * choice is what the page shows after a reload (and what the API returns), a bad time is refused
 * with the field's message and saves nothing, and a save based on settings changed elsewhere is a
 * conflict that overwrites nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesSettingsPageIT {
  private static final String SETTINGS = "/api/v1/preferences/settings";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aliceSetsQuietHoursAndLanguageAndSeesThemAfterAReload() throws Exception {
    String alice = Tokens.user("alice", "alice-demo-pw");
    JsonObject before = Api.json(Api.get(SETTINGS, alice));
    // a known start that differs from what the test sets
    put(alice, before.getInt("version"), "Europe/London", null, null, "en");

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("settings")));

      // a bad time is refused with the field's message, next to the field, and nothing is saved
      type(driver, "settings:quietFrom", "25:00");
      type(driver, "settings:quietTo", "08:00");
      save(browser);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(
                      "[id='settings:quietFrom'] ~ .ui-message-error, .ui-message-error"),
                  "start of your quiet hours"));
      assertEquals(
          "true", driver.findElement(By.id("settings:quietFrom")).getDomAttribute("aria-invalid"));
      assertEquals("25:00", value(driver, "settings:quietFrom"), "what was typed stays to correct");
      assertEquals("Europe/London", Api.json(Api.get(SETTINGS, alice)).getString("timeZone"));
      scrollTo(driver, "settings");
      browser.screenshot("preferences-settings-invalid");

      // only one of the two times is refused too, naming the other
      type(driver, "settings:quietFrom", "21:00");
      type(driver, "settings:quietTo", "");
      save(browser);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".ui-message-error"), "end of your quiet hours"));

      // the real choice: 21:00 to 08:00 in Berlin, in German
      choose(browser, "settings:timeZone", "Berlin", "Europe/Berlin");
      type(driver, "settings:quietFrom", "21:00");
      type(driver, "settings:quietTo", "08:00");
      choose(browser, "settings:language", null, "German (Deutsch)");
      save(browser);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("settings:settingsMessages"), "Your settings were saved"));

      driver.navigate().refresh();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("settings")));
      assertEquals("Europe/Berlin", selected(driver, "settings:timeZone"));
      assertEquals("21:00", value(driver, "settings:quietFrom"));
      assertEquals("08:00", value(driver, "settings:quietTo"));
      assertEquals("de", selected(driver, "settings:language"));
      scrollTo(driver, "settings");
      browser.screenshot("preferences-settings-saved");
    }

    JsonObject saved = Api.json(Api.get(SETTINGS, alice));
    assertEquals("Europe/Berlin", saved.getString("timeZone"));
    assertEquals("21:00", saved.getString("quietFrom"));
    assertEquals("08:00", saved.getString("quietTo"));
    assertEquals("de", saved.getString("language"));
  }

  @Test
  void aSaveAfterAChangeElsewhereIsAConflictAndOverwritesNothing() throws Exception {
    String bob = Tokens.user("bob", "bob-demo-pw");
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("bob", "bob-demo-pw");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("settings")));

      // another session saves after the page was read
      JsonObject now = Api.json(Api.get(SETTINGS, bob));
      put(bob, now.getInt("version"), "Europe/Paris", "23:00", "06:30", "fr");

      type(driver, "settings:quietFrom", "20:00");
      type(driver, "settings:quietTo", "09:00");
      save(browser);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("settings:settingsMessages"), "changed in another window"));
      // the page now shows what is saved, and the other session's save stands
      assertEquals("23:00", value(driver, "settings:quietFrom"));
      assertEquals("Europe/Paris", selected(driver, "settings:timeZone"));
    }
    JsonObject after = Api.json(Api.get(SETTINGS, bob));
    assertEquals("23:00", after.getString("quietFrom"));
    assertEquals("06:30", after.getString("quietTo"));
    assertEquals("fr", after.getString("language"));
  }

  private static void put(
      String token, int version, String zone, String from, String to, String language)
      throws Exception {
    HttpResponse<String> r =
        Api.put(
            SETTINGS,
            token,
            "{\"version\":%d,\"timeZone\":\"%s\",\"quietFrom\":%s,\"quietTo\":%s,\"language\":\"%s\"}"
                .formatted(version, zone, quoted(from), quoted(to), language));
    assertEquals(200, r.statusCode(), r.body());
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    if (!text.isEmpty()) {
      input.sendKeys(text);
    }
  }

  /** Saves with the keyboard: Enter on the focused button. */
  private static void save(Browser browser) {
    WebElement button = browser.driver().findElement(By.id("settings:saveSettings"));
    button.sendKeys(Keys.ENTER);
  }

  /** Opens a PrimeFaces select, filters it if it has a filter, and picks the item by its label. */
  private static void choose(Browser browser, String id, String filter, String label) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id(id)).click();
    if (filter != null) {
      WebElement box =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_filter")));
      box.sendKeys(filter);
    }
    By item = By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']");
    browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
  }

  private static String selected(WebDriver driver, String id) {
    return driver
        .findElement(By.cssSelector("select[id='" + id + "_input'] option[selected]"))
        .getDomAttribute("value");
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  private static void scrollTo(WebDriver driver, String id) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }
}
