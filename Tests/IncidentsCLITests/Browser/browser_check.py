#!/usr/bin/env python3
"""Drives headless Chromium (Debian's chromium + chromium-driver) through WebDriver against a
running `incidents serve`, as the media office would use it, and prints what it saw as JSON for
the Swift test to judge. Screenshots of every page go to SHOTS; axe-core (bundled with the
axe-selenium-python package, nothing fetched) checks each page.

usage: browser_check.py BASE_URL SHOTS_DIR DOWNLOAD_DIR  (accounts from the environment:
MEDIA_NAME, MEDIA_PASSWORD, TRUSTEE_NAME, TRUSTEE_PASSWORD, RESEARCH_NAME, RESEARCH_PASSWORD)

With RESEARCH_BASE (a second server, on linked records with pairs queued) and DRAFTS_BASE (a
server with two drafts of one report) in the environment, it checks the trustees' and research
team's pages instead (issue 19): a trustee opens draft 2 and reads the changed figures; a trustee
is refused the review queue and the import page; a researcher accepts the first queued pair and
uploads UPLOAD_FILE (a CSV with bad rows) to the import page.

With REPORT_HTML (the path of the report's web edition) it opens that file instead (issue 17):
the console's messages, what the page fetched, the headings, each chart's name, the keyboard's
first stop, axe, and screenshots down the page.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from axe_selenium_python import Axe

base, shots, downloads = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)
os.makedirs(downloads, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--disable-gpu"]:
    options.add_argument(flag)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})

report = {"pages": {}, "axe": {}, "refusals": {}}


def look(name):
    """Screenshot and accessibility check of the page on screen."""
    path = os.path.join(shots, name + ".png")
    driver.save_screenshot(path)
    axe = Axe(driver)
    axe.inject()
    result = axe.run()
    report["axe"][name] = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["html"][:160] for n in v["nodes"][:3]]}
        for v in result["violations"]
    ]
    report["pages"][name] = {"url": driver.current_url, "h1": heading(), "screenshot": path}


def submit(element, keys=None):
    """Clicks (or types `keys` into) `element` and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    if keys is None:
        element.click()
    else:
        element.send_keys(keys)
    WebDriverWait(driver, 30).until(lambda d: replaced(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def replaced(old):
    """Whether `old` has left the document. Chromium sometimes answers a question about an element
    of a page being replaced with "Node with given id does not belong to the document" instead of
    "stale element"; both mean the same here."""
    try:
        old.is_enabled()
        return False
    except WebDriverException:  # StaleElementReferenceException is one
        return True


def heading():
    found = driver.find_elements(By.TAG_NAME, "h1")
    return found[0].text if found else ""


def sign_in(name, password):
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]"))


def wait_for_file(suffix):
    for _ in range(100):
        done = [f for f in os.listdir(downloads) if f.endswith(suffix)]
        if done:
            return os.path.join(downloads, done[0])
        time.sleep(0.2)
    return None


def research_pages():
    """The trustees' and research team's pages (issue 19)."""
    drafts_base, research_base = os.environ["DRAFTS_BASE"], os.environ["RESEARCH_BASE"]
    global base
    # A trustee opens draft 2 from the list and reads the figures that changed since draft 1.
    base = drafts_base
    sign_in(os.environ["TRUSTEE_NAME"], os.environ["TRUSTEE_PASSWORD"])
    driver.get(base + "/drafts")
    submit(driver.find_element(By.LINK_TEXT, "Draft 2"))
    report["draft_2_url"] = driver.current_url
    tables = driver.find_elements(By.CSS_SELECTOR, "main table")
    changed = [t for t in tables if "changed from draft 1 to draft 2" in t.find_element(By.TAG_NAME, "caption").text]
    report["draft_2_caption"] = changed[0].find_element(By.TAG_NAME, "caption").text if changed else ""
    report["draft_2_changes"] = [[c.text for c in tr.find_elements(By.CSS_SELECTOR, "th, td")]
                                 for tr in (changed[0].find_elements(By.CSS_SELECTOR, "tbody tr") if changed else [])]
    look("trustee-draft-2")

    # A trustee cannot reach the review queue or the import page.
    base = research_base
    sign_in(os.environ["TRUSTEE_NAME"], os.environ["TRUSTEE_PASSWORD"])
    for path in ["/research/review", "/research/import"]:
        driver.get(base + path)
        report["refusals"][path] = {"h1": heading(), "url": driver.current_url}
    look("trustee-refused-review")

    # A researcher accepts the first queued pair with its button.
    sign_in(os.environ["RESEARCH_NAME"], os.environ["RESEARCH_PASSWORD"])
    driver.get(base + "/research/review")
    look("research-review")
    form = driver.find_element(By.CSS_SELECTOR, "form.decide")
    report["accepted_pair"] = form.get_attribute("action").rsplit("/", 1)[-1]
    report["accept_accesskey"] = form.find_element(By.CSS_SELECTOR, "button[value=accept]").get_attribute("accesskey")
    submit(form.find_element(By.CSS_SELECTOR, "button[value=accept]"))
    report["after_accept_url"] = driver.current_url
    report["after_accept_status"] = driver.find_element(By.CSS_SELECTOR, "p.notice").text
    look("research-review-after-accept")

    # The import page: a file with bad rows is imported with the Import button: refused, every
    # problem listed, nothing stored.
    driver.get(base + "/research/import")
    look("research-import")
    driver.find_element(By.ID, "file").send_keys(os.environ["UPLOAD_FILE"])
    submit(driver.find_element(By.CSS_SELECTOR, "main form button[value=import]"))
    report["import_h1"] = heading()
    report["import_problems"] = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "ul.problems li")]
    report["import_summary"] = driver.find_element(By.CSS_SELECTOR, "p.error").text
    look("research-import-result")

    # A valid file, imported: stored as a batch.
    driver.find_element(By.ID, "file").send_keys(os.environ["UPLOAD_GOOD"])
    submit(driver.find_element(By.CSS_SELECTOR, "main form button[value=import]"))
    report["imported_status"] = driver.find_element(By.CSS_SELECTOR, "p.notice").text
    look("research-import-stored")


def web_edition(path):
    """The report's web edition, opened from its file as a reader would."""
    driver.get("file://" + path)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    report["console"] = [{"level": e["level"], "message": e["message"][:300]} for e in driver.get_log("browser")]
    report["fetched"] = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    report["title"] = driver.title
    report["lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    report["h1"] = [h.text for h in driver.find_elements(By.TAG_NAME, "h1")]
    report["headings"] = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "main h2, main h3")]
    report["contents"] = [[a.text, a.get_attribute("href").rsplit("#", 1)[-1]]
                          for a in driver.find_elements(By.CSS_SELECTOR, "nav.contents a")]
    report["targets"] = [t for _, t in report["contents"] if driver.find_elements(By.ID, t)]
    charts = []
    for svg in driver.find_elements(By.CSS_SELECTOR, "svg[role=img]"):
        label = svg.get_attribute("aria-labelledby")
        named = driver.find_elements(By.ID, label)
        charts.append({"label": label, "text": named[0].get_attribute("textContent") if named else "",
                       "width": svg.size["width"], "height": svg.size["height"]})
    report["charts"] = charts
    report["tables"] = [t.find_element(By.TAG_NAME, "caption").text
                        for t in driver.find_elements(By.CSS_SELECTOR, "main table")]
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    report["first_tab"] = driver.switch_to.active_element.text
    look("web-edition")
    # Screenshots down the whole page, to look at.
    height = driver.execute_script("return document.body.scrollHeight")
    for n, y in enumerate(range(0, height, 1500)):
        driver.execute_script("window.scrollTo(0, %d)" % y)
        driver.save_screenshot(os.path.join(shots, "web-edition-%02d.png" % n))
    report["console_after"] = [{"level": e["level"], "message": e["message"][:300]} for e in driver.get_log("browser")]


try:
    if os.environ.get("REPORT_HTML"):
        web_edition(os.environ["REPORT_HTML"])
    elif os.environ.get("RESEARCH_BASE"):
        research_pages()
    else:
        # Signed out: any page sends the browser to sign in.
        driver.delete_all_cookies()
        driver.get(base + "/figures?period=2023-10&by=category")
        report["signed_out_url"] = driver.current_url
        look("sign-in")

        # Keyboard: the first Tab reaches the skip link, and the form is reachable without a mouse.
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        report["first_tab"] = driver.switch_to.active_element.text

        # A wrong password: refused with a message, no session.
        driver.find_element(By.ID, "name").send_keys(os.environ["MEDIA_NAME"])
        driver.find_element(By.ID, "password").send_keys("not the password at all")
        submit(driver.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]"))
        report["wrong_password_message"] = driver.find_element(By.ID, "sign-in-error").text
        look("sign-in-failed")

        # The media office signs in (typing only; Enter submits) and lands where it was going.
        driver.find_element(By.ID, "name").clear()
        driver.find_element(By.ID, "name").send_keys(os.environ["MEDIA_NAME"])
        submit(driver.find_element(By.ID, "password"), os.environ["MEDIA_PASSWORD"] + Keys.ENTER)
        report["after_sign_in_url"] = driver.current_url

        # Picks October 2023 and a breakdown by category with the form.
        driver.get(base + "/figures")
        look("figures-form")
        Select(driver.find_element(By.ID, "kind")).select_by_visible_text("Month")
        Select(driver.find_element(By.ID, "year")).select_by_visible_text("2023")
        Select(driver.find_element(By.ID, "month")).select_by_visible_text("October")
        Select(driver.find_element(By.ID, "by1")).select_by_value("category")
        submit(driver.find_element(By.CSS_SELECTOR, "form.figures-form button[type=submit]"))
        report["figures_url"] = driver.current_url
        rows = []
        for tr in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr"):
            rows.append([c.text for c in tr.find_elements(By.CSS_SELECTOR, "th, td")])
        report["table"] = rows
        report["table_headers"] = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "main table thead th")]
        report["headline"] = [p.text for p in driver.find_elements(By.CSS_SELECTOR, ".headline p")]
        report["chart_alt"] = driver.find_element(By.ID, "chart-alt").text
        report["svg_role"] = driver.find_element(By.CSS_SELECTOR, "figure svg").get_attribute("role")
        look("figures-2023-10-by-category")

        # Downloads: the CSV and the PNG, by clicking the links.
        driver.find_element(By.PARTIAL_LINK_TEXT, "Table as CSV").click()
        csv = wait_for_file(".csv")
        report["csv"] = open(csv, encoding="utf-8").read() if csv else None
        driver.find_element(By.PARTIAL_LINK_TEXT, "Chart as PNG").click()
        png = wait_for_file(".png")
        report["png_head"] = open(png, "rb").read(8).hex() if png else None
        report["png_size"] = os.path.getsize(png) if png else 0

        # The press pack and API pages.
        driver.get(base + "/press-pack?period=2023-10")
        look("press-pack")
        driver.get(base + "/api")
        look("api")

        # Refused: drafts, editions and every research route.
        for path in ["/drafts", "/editions", "/research", "/research/audit", "/research/batches", "/research/accounts"]:
            driver.get(base + path)
            report["refusals"][path] = {"h1": heading(), "url": driver.current_url}
        driver.get(base + "/drafts")
        look("media-refused-drafts")

        # A form posted without its CSRF token (the sign-out form, token removed) is refused.
        driver.get(base + "/figures")
        driver.execute_script("document.querySelector('form.signout input[name=csrf]').remove()")
        submit(driver.find_element(By.CSS_SELECTOR, "form.signout button"))
        report["csrf_missing"] = {"h1": heading(), "text": driver.find_element(By.TAG_NAME, "main").text}
        look("csrf-refused")
        driver.get(base + "/figures")
        report["still_signed_in_after_refusal"] = driver.current_url.startswith(base + "/figures")

        # Signing out for real (with the token) ends the session.
        submit(driver.find_element(By.CSS_SELECTOR, "form.signout button"))
        driver.get(base + "/figures")
        report["after_sign_out_url"] = driver.current_url

        # The trustee's and the research team's pages, for the screenshots and axe.
        sign_in(os.environ["TRUSTEE_NAME"], os.environ["TRUSTEE_PASSWORD"])
        driver.get(base + "/drafts")
        look("trustee-drafts")
        driver.get(base + "/editions")
        look("trustee-editions")
        sign_in(os.environ["RESEARCH_NAME"], os.environ["RESEARCH_PASSWORD"])
        driver.get(base + "/research/audit")
        look("research-audit")
        driver.get(base + "/figures?period=2023&by=category&by=month&compare=1")
        look("figures-2023-category-by-month")
finally:
    driver.quit()

print(json.dumps(report))
