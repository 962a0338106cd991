package org.ccmportal.portal.it.publications;

import java.io.IOException;
import java.time.Duration;
import org.ccmportal.portal.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The publication wizard's template menu, as the wizard's browser tests use it. */
final class TemplateMenu {
  private static final By MENU = By.id("wizard:choice");
  private static final By PANEL = By.id("wizard:choice_panel");
  private static final By NOTICE =
      By.cssSelector("[id='wizard:choice_panel'] li[data-label^='Notice · template notice']");

  private TemplateMenu() {}

  /**
   * Picks the approved notice. The menu is first scrolled to the middle of the window, so that its
   * panel opens below it and no choice sits under the sticky navigation bar. A click that lands
   * while the panel is still opening is lost or refused (intercepted, or "not interactable" while
   * the panel moves), so the panel is opened again until the choice shows (at most 3 times). {@code
   * screenshot} names a screenshot of the open panel, or is null.
   */
  static void chooseNotice(Browser browser, String screenshot) throws IOException {
    for (int attempt = 1; ; attempt++) {
      WebElement menu = browser.waiting().until(ExpectedConditions.elementToBeClickable(MENU));
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
      if (!panelShown(browser)) { // a retry finds it still open: clicking would close it
        menu.click();
      }
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(PANEL));
      if (screenshot != null && attempt == 1) {
        browser.screenshot(screenshot);
      }
      try {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(NOTICE)).click();
        browser
            .waiting(Duration.ofSeconds(5))
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("wizard:choice_label"), "Notice"));
        return;
      } catch (TimeoutException | ElementNotInteractableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static boolean panelShown(Browser browser) {
    return browser.driver().findElements(PANEL).stream().anyMatch(WebElement::isDisplayed);
  }
}
