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
    for (String id : List.of("summary", "text", "alignments", "quotes", "facts", "framing", "removed")) {
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
  void filtersHideIdenticalAndSharedRows() throws IOException {
    open("filters", Fixtures.council());
    WebElement identical = driver.findElement(By.id("filter-identical"));
    WebElement differences = driver.findElement(By.id("filter-differences"));
    assertTrue(driver.findElement(By.id("A-s0")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-al-1")).isDisplayed());

    identical.sendKeys(Keys.SPACE); // keyboard works, not only the mouse
    assertTrue(identical.isSelected());
    assertFalse(driver.findElement(By.id("A-s0")).isDisplayed());
    assertFalse(driver.findElement(By.id("B-s0")).isDisplayed());
    assertFalse(driver.findElement(By.id("row-al-1")).isDisplayed());
    assertTrue(driver.findElement(By.id("A-s1")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-f-1")).isDisplayed());

    driver.findElement(By.xpath("//label[input[@id='filter-differences']]")).click();
    assertTrue(differences.isSelected());
    assertFalse(driver.findElement(By.id("row-f-1")).isDisplayed());
    assertTrue(driver.findElement(By.id("row-f-4")).isDisplayed());
    assertTrue(driver.findElement(By.id("A-s3")).isDisplayed());
    screenshot("filters");

    identical.click();
    differences.click();
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
    a1.findElement(By.cssSelector("a.badge")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#B-s1"), driver.getCurrentUrl());
    driver.findElement(By.id("B-s2")).findElement(By.cssSelector("a[href='#row-q-B-q1']")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#row-q-B-q1"), driver.getCurrentUrl());
    WebElement block = driver.findElement(By.cssSelector("svg.overview a[href='#B-s3'] rect"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", block);
    block.click();
    assertTrue(driver.getCurrentUrl().endsWith("#B-s3"), driver.getCurrentUrl());
    Object top =
        ((JavascriptExecutor) driver)
            .executeScript("return document.getElementById('B-s3').getBoundingClientRect().top;");
    assertTrue(((Number) top).doubleValue() < 400, "clicked block scrolls to its sentence: " + top);
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
    // the stylesheet still applies: sentences of a paraphrase alignment keep their background
    String bg = driver.findElement(By.id("A-s0")).getCssValue("background-color");
    assertFalse(bg.equals("rgba(0, 0, 0, 0)"), bg);
    screenshot("hostile");
    assertEquals(List.of(), severe());
  }
}
