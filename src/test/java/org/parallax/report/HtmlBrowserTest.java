package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.parallax.compare.Comparison;

/** Opens rendered reports from disk in headless Chromium and checks what a reader sees. */
class HtmlBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path OUT = Paths.get("target", "browser-reports");
  private static final Path SHOTS = Paths.get("target", "screenshots");

  private static WebDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(Paths.get(CHROMIUM)),
        "browser tests skipped: " + CHROMIUM + " not installed; .ci/run installs it");
    Assumptions.assumeTrue(
        Files.isExecutable(Paths.get(CHROMEDRIVER)),
        "browser tests skipped: " + CHROMEDRIVER + " not installed; .ci/run installs it");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profile = Files.createTempDirectory("parallax-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,2000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 2000));
    Files.createDirectories(OUT);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void open(String name, Comparison comparison) throws IOException {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, new HtmlReport().render(comparison), StandardCharsets.UTF_8);
    driver.get(file.toUri().toString());
    driver.manage().logs().get(LogType.BROWSER); // drop entries of earlier pages
    driver.navigate().refresh();
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  private static List<String> severe() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .collect(Collectors.toList());
  }

  @Test
  void sectionsRenderWithoutConsoleErrors() throws IOException {
    open("council", Fixtures.council());
    for (String id : List.of("key", "summary", "text", "alignments", "quotes", "facts", "framing", "removed")) {
      assertTrue(driver.findElement(By.id(id)).isDisplayed(), id);
    }
    assertTrue(driver.findElement(By.id("A-s0")).isDisplayed());
    assertTrue(driver.findElement(By.id("B-s5")).isDisplayed());
    assertTrue(driver.getTitle().startsWith("Parallax: A: Northern Ledger"));
    screenshot("council");
    assertEquals(List.of(), severe());
  }

  @Test
  void consoleErrorsAreSeen() throws IOException {
    open("probe", Fixtures.council());
    ((JavascriptExecutor) driver).executeScript("console.error('parallax probe');");
    List<String> seen = severe();
    assertEquals(1, seen.size(), seen.toString());
    assertTrue(seen.get(0).contains("parallax probe"));
  }

  @Test
  void printingOpensCollapsedSections() throws IOException {
    open("print", Fixtures.council());
    WebElement details = driver.findElement(By.cssSelector("#removed details"));
    assertEquals(null, details.getDomAttribute("open"));
    ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
    assertTrue(driver.findElement(By.cssSelector("#removed details")).getDomAttribute("open") != null);
  }

  @Test
  void filtersAreExclusiveChoices() throws IOException {
    open("filters", Fixtures.council());
    WebElement all = driver.findElement(By.id("filter-all"));
    WebElement differences = driver.findElement(By.id("filter-differences"));
    WebElement oneSided = driver.findElement(By.id("filter-one-sided"));
    assertTrue(all.isSelected());
    assertTrue(driver.findElement(By.id("A-s0")).isDisplayed());
    openAllDetails();
    assertTrue(driver.findElement(By.id("row-al-1")).isDisplayed());

    differences.sendKeys(Keys.SPACE); // keyboard works, not only the mouse
    assertTrue(differences.isSelected());
    assertFalse(all.isSelected());
    assertFalse(driver.findElement(By.id("A-s0")).isDisplayed());
    assertFalse(driver.findElement(By.id("B-s0")).isDisplayed());
    assertFalse(driver.findElement(By.id("row-al-1")).isDisplayed());
    assertFalse(driver.findElement(By.id("row-f-1")).isDisplayed());
    assertTrue(driver.findElement(By.id("A-s1")).isDisplayed());
    assertTrue(driver.findElement(By.id("A-s3")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-f-4")).isDisplayed());
    screenshot("filters");

    driver.findElement(By.xpath("//label[input[@id='filter-one-sided']]")).click();
    assertTrue(oneSided.isSelected());
    assertFalse(differences.isSelected());
    assertFalse(driver.findElement(By.id("A-s1")).isDisplayed(), "a paraphrase is in both articles");
    assertTrue(driver.findElement(By.id("A-s3")).isDisplayed());
    assertTrue(driver.findElement(By.id("B-s3")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-f-4")).isDisplayed());
    assertFalse(driver.findElement(By.id("row-f-1")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-q-B-q2")).isDisplayed());

    all.click();
    assertTrue(driver.findElement(By.id("A-s0")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-f-1")).isDisplayed());
    assertEquals(List.of(), severe());
  }

  @Test
  void sentencesLeadToTheirCounterparts() throws IOException {
    open("links", Fixtures.council());
    WebElement a1 = driver.findElement(By.id("A-s1"));
    new Actions(driver).moveToElement(a1).perform();
    assertTrue(driver.findElement(By.id("B-s1")).getDomAttribute("class").contains("peer"));
    // a chip opens the closed quotes table and lands on the row
    WebElement quoteRow = driver.findElement(By.id("row-q-B-q1"));
    assertFalse(quoteRow.isDisplayed());
    driver.findElement(By.id("B-s2")).findElement(By.cssSelector("a[href='#row-q-B-q1']")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#row-q-B-q1"), driver.getCurrentUrl());
    assertTrue(quoteRow.isDisplayed());
    WebElement block = driver.findElement(By.cssSelector("svg.overview a[href='#B-s3'] rect"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", block);
    block.click();
    assertTrue(driver.getCurrentUrl().endsWith("#B-s3"), driver.getCurrentUrl());
    assertOnScreen(driver.findElement(By.id("B-s3")), "clicked block scrolls to its sentence");
    assertEquals(List.of(), severe());
  }

  @Test
  void keyDifferencesLinkToTheirEvidence() throws IOException {
    open("key", Fixtures.council());
    List<WebElement> links = driver.findElements(By.cssSelector("#key ol.key a.ev"));
    assertFalse(links.isEmpty());
    for (int i = 0; i < links.size(); i++) {
      WebElement link = driver.findElements(By.cssSelector("#key ol.key a.ev")).get(i);
      String id = link.getDomAttribute("href").substring(1);
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
      link.click();
      WebElement target = driver.findElement(By.id(id));
      assertTrue(target.isDisplayed(), id);
      assertOnScreen(target, id);
    }
    assertEquals(List.of(), severe());
  }

  /** The sample pair's committed report (SampleReportsTest keeps it current), two fixtures and any given. */
  private static List<String> pages() throws IOException {
    List<String> pages = new java.util.ArrayList<>();
    Path sample = Paths.get("reports", "aggregator-vs-globalresearch-rt.html").toAbsolutePath();
    assertTrue(Files.exists(sample), sample.toString());
    pages.add(sample.toUri().toString());
    for (var e : java.util.Map.of("fit-council", Fixtures.council(), "fit-hostile", Fixtures.hostile()).entrySet()) {
      Path file = OUT.resolve(e.getKey() + ".html").toAbsolutePath();
      Files.writeString(file, new HtmlReport().render(e.getValue()), StandardCharsets.UTF_8);
      pages.add(file.toUri().toString());
    }
    // -Dparallax.browserPages=DIR adds every report in DIR, e.g. a batch over BASIL dev pairs
    String extra = System.getProperty("parallax.browserPages");
    if (extra != null) {
      try (var files = Files.list(Paths.get(extra))) {
        files.filter(f -> f.toString().endsWith(".html")).forEach(f -> pages.add(f.toAbsolutePath().toUri().toString()));
      }
    }
    java.util.Collections.sort(pages);
    return pages;
  }

  @Test
  void fitsALaptopAndAPhone() throws IOException {
    try {
      for (int[] size : new int[][] {{1400, 900}, {400, 850}}) {
        driver.manage().window().setSize(new Dimension(size[0], size[1]));
        for (String page : pages()) {
          driver.get(page);
          driver.manage().logs().get(LogType.BROWSER);
          driver.navigate().refresh();
          String where = page.substring(page.lastIndexOf('/') + 1) + " at " + size[0] + " px";
          JavascriptExecutor js = (JavascriptExecutor) driver;
          long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
          long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
          assertTrue(Math.abs(width - size[0]) < 20, where + ": window is " + width + " wide");
          // the key differences start on the first screen, and on a laptop the whole list is there
          Number top = (Number) js.executeScript(
              "return document.getElementById('key-h').getBoundingClientRect().top;");
          assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height * 0.5, where + ": heading at " + top);
          WebElement list = driver.findElements(By.cssSelector("#key ol.key")).isEmpty()
              ? driver.findElement(By.cssSelector("#key p:last-of-type"))
              : driver.findElement(By.cssSelector("#key ol.key li"));
          Number first = (Number) js.executeScript("return arguments[0].getBoundingClientRect().bottom;", list);
          assertTrue(first.doubleValue() <= height, where + ": first item ends at " + first);
          if (size[0] >= 1000) {
            Number bottom = (Number) js.executeScript(
                "return document.getElementById('key').getBoundingClientRect().bottom;");
            assertTrue(bottom.doubleValue() <= height, where + ": list ends at " + bottom);
          }
          openAllDetails();
          Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth;");
          assertTrue(scroll.longValue() <= width, where + ": page is " + scroll + " px wide");
          @SuppressWarnings("unchecked")
          List<String> wide = (List<String>) js.executeScript(
              "var out = [], all = document.body.querySelectorAll('*');"
                  + "for (var i = 0; i < all.length; i++) { var r = all[i].getBoundingClientRect();"
                  + "  if (r.width > 0 && r.right > window.innerWidth + 0.5) {"
                  + "    out.push(all[i].tagName + '.' + all[i].className + '#' + all[i].id + ' ' + Math.round(r.right)); } }"
                  + "return out.slice(0, 10);");
          assertEquals(List.of(), wide, where + ": elements wider than the viewport");
          Number requests = (Number) js.executeScript("return performance.getEntriesByType('resource').length;");
          assertEquals(0L, requests.longValue(), where + ": network requests");
          assertEquals(List.of(), severe(), where);
          if (page.contains("aggregator")) {
            screenshot("sample-" + size[0]);
          }
        }
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 2000));
    }
  }

  private static void assertOnScreen(WebElement el, String what) {
    @SuppressWarnings("unchecked")
    List<Number> box = (List<Number>) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];", el);
    assertTrue(box.get(0).doubleValue() >= 0 && box.get(0).doubleValue() < box.get(2).doubleValue() - 20,
        what + ": top at " + box.get(0) + " of " + box.get(2));
  }

  private static void openAllDetails() {
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
  }

  @Test
  void hostileTextRunsNothing() throws IOException {
    open("hostile", Fixtures.hostile());
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    Object scripts =
        ((JavascriptExecutor) driver).executeScript("return document.scripts.length;");
    assertEquals(1L, scripts);
    Object imgs =
        ((JavascriptExecutor) driver)
            .executeScript("return document.querySelectorAll('img, svg[onload], iframe').length;");
    assertEquals(0L, imgs);
    assertTrue(
        driver.findElement(By.id("A-s0")).getText().contains("<script>alert(1)</script>"),
        driver.findElement(By.id("A-s0")).getText());
    // the stylesheet still applies: the row of a paraphrase alignment keeps its background
    String bg = driver.findElement(By.id("A-s0")).findElement(By.xpath("..")).getCssValue("background-color");
    assertFalse(bg.equals("rgba(0, 0, 0, 0)"), bg);
    screenshot("hostile");
    assertEquals(List.of(), severe());
  }
}
