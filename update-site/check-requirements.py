#!/usr/bin/env python3
"""Checks that a built p2 update site installs into a given Eclipse release.

Reads the site's p2 metadata (content.xml, inside content.jar or content.xml.xz, or plain) and checks that
the site ships no bundle that the release has, that Spinflow's own bundles export only org.spinflow packages and
import nothing optionally, and every
mandatory requirement of every installable unit: a requirement met by a unit of the site itself is fine;
any other must be met by the release described in a capability file (one capability a line:
`bundle <symbolic-name> <version>` or `package <name> <version>`; `#` starts a comment). Packages of the
Java runtime (java.*, javax.*, org.w3c.*, org.xml.*, org.ietf.*, sun.misc, ...) are provided by the
framework's system bundle and are met when the requirement accepts version 0.

Usage: check-requirements.py SITE_DIR CAPABILITIES_FILE
       check-requirements.py --capabilities JAR...   (prints the capability lines of the given bundle jars:
       how update-site/eclipse-2024-12.capabilities was made)
The check prints nothing and exits 0 when every requirement is met; otherwise prints one line per unmet requirement
(`<unit> requires <namespace> <name> <range>: <why>`) and exits 1. Exits 2 on bad input.
"""
import io
import lzma
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

JDK_PACKAGE = re.compile(r"^(java|javax|org\.w3c|org\.xml|org\.ietf|sun\.misc|com\.sun|jdk)(\.|$)")


def parse_version(text):
    """OSGi version -> comparable tuple (major, minor, micro, qualifier)."""
    parts = text.strip().split(".", 3)
    nums = [int(p) if p.isdigit() else 0 for p in parts[:3]]
    while len(nums) < 3:
        nums.append(0)
    qualifier = parts[3] if len(parts) > 3 else ""
    return (nums[0], nums[1], nums[2], qualifier)


class Range:
    """A p2/OSGi version range: "[1,2)", "(1,2]", "1.0" (at least), "0.0.0" (any)."""

    def __init__(self, text):
        self.text = text = (text or "0.0.0").strip()
        if text[0] in "[(":
            lo, hi = text[1:-1].split(",")
            self.lo, self.lo_inc = parse_version(lo), text[0] == "["
            self.hi, self.hi_inc = parse_version(hi), text[-1] == "]"
        else:
            self.lo, self.lo_inc, self.hi, self.hi_inc = parse_version(text), True, None, False

    def contains(self, v):
        if v < self.lo or (v == self.lo and not self.lo_inc):
            return False
        if self.hi is not None and (v > self.hi or (v == self.hi and not self.hi_inc)):
            return False
        return True


def read_content(site):
    for name, opener in (("content.jar", "jar"), ("content.xml.xz", "xz"), ("content.xml", "xml")):
        path = os.path.join(site, name)
        if not os.path.isfile(path):
            continue
        if opener == "jar":
            with zipfile.ZipFile(path) as z:
                return z.read("content.xml")
        if opener == "xz":
            with lzma.open(path) as f:
                return f.read()
        with open(path, "rb") as f:
            return f.read()
    raise FileNotFoundError(f"{site}: no content.jar, content.xml.xz or content.xml (expected a p2 repository)")


def load_capabilities(path):
    caps = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) != 3 or fields[0] not in ("bundle", "package"):
                raise ValueError(f"{path}:{n}: expected 'bundle|package <name> <version>', got: {line}")
            namespace = "osgi.bundle" if fields[0] == "bundle" else "java.package"
            caps.setdefault((namespace, fields[1]), []).append(parse_version(fields[2]))
    return caps


def check(site, capabilities_file):
    root = ET.parse(io.BytesIO(read_content(site))).getroot()
    provided = {}
    units = root.findall("./units/unit")
    if not units:
        raise ValueError(f"{site}: the p2 metadata has no units")
    for unit in units:
        for p in unit.findall("./provides/provided"):
            provided.setdefault((p.get("namespace"), p.get("name")), []).append(parse_version(p.get("version")))
    release = load_capabilities(capabilities_file)
    problems = []
    for unit in units:
        uid = f"{unit.get('id')} {unit.get('version')}"
        # the site never ships a bundle the release itself has (e.g. org.eclipse.emf.ecore.change, a singleton the
        # IDE's workbench uses): installing it would replace the IDE's copy; the site requires it instead
        for p in unit.findall("./provides/provided"):
            if p.get("namespace") == "osgi.bundle" and ("osgi.bundle", p.get("name")) in release:
                problems.append(f"{uid} ships the bundle {p.get('name')}, which the release has: require it instead")
        if unit.get("id", "").startswith("org.spinflow."):
            # Spinflow's bundles export only Spinflow packages (libraries they embed stay private) and import
            # nothing optionally (a missing dependency must fail at install time, not at run time)
            for p in unit.findall("./provides/provided"):
                if p.get("namespace") == "java.package" and not p.get("name").startswith("org.spinflow."):
                    problems.append(f"{uid} exports {p.get('name')}: a Spinflow bundle exports only org.spinflow packages")
            for r in unit.findall("./requires/required"):
                if r.get("namespace") == "java.package" and (r.get("optional") == "true" or r.get("min") == "0"):
                    problems.append(f"{uid} imports {r.get('name')} optionally: Spinflow's imports are mandatory")
        for r in unit.findall("./requires/required"):
            if r.get("optional") == "true" or r.get("min") == "0":
                continue
            ns, name, rng = r.get("namespace"), r.get("name"), Range(r.get("range"))
            if any(rng.contains(v) for v in provided.get((ns, name), [])):
                continue
            if ns == "java.package" and JDK_PACKAGE.match(name):
                if rng.contains(parse_version("0.0.0")):
                    continue
                problems.append(f"{uid} requires {ns} {name} {rng.text}: a Java runtime package with a version")
                continue
            # p2 turns a feature's <import plugin=...> into a requirement on the bundle's installable unit
            lookup = [(ns, name)] if ns != "org.eclipse.equinox.p2.iu" else [("osgi.bundle", name)]
            versions = [v for key in lookup for v in release.get(key, [])]
            if ns == "org.eclipse.equinox.p2.iu" and name.endswith(".feature.group") and not versions:
                problems.append(f"{uid} requires feature {name} {rng.text}: not in the site")
                continue
            if ns not in ("osgi.bundle", "java.package", "org.eclipse.equinox.p2.iu"):
                continue  # osgi.ee, extender and service capabilities are not versioned by release
            if not versions:
                problems.append(f"{uid} requires {ns} {name} {rng.text}: not in the site nor in the release")
            elif not any(rng.contains(v) for v in versions):
                shown = ", ".join(".".join(str(x) for x in v[:3]) for v in versions)
                problems.append(f"{uid} requires {ns} {name} {rng.text}: the release has {shown}")
    return problems


def manifest_headers(jar):
    with zipfile.ZipFile(jar) as z:
        text = z.read("META-INF/MANIFEST.MF").decode("utf-8").replace("\r\n", "\n")
    headers, last = {}, None
    for line in text.split("\n"):
        if line.startswith(" ") and last:
            headers[last] += line[1:]
        elif ":" in line:
            last, value = line.split(":", 1)
            headers[last] = value.strip()
    return headers


def split_clauses(header):
    """Splits an OSGi header at the commas outside quotes."""
    clauses, current, quoted = [], "", False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            clauses.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        clauses.append(current)
    return [c.strip() for c in clauses]


def capabilities_of(jar):
    h = manifest_headers(jar)
    name = h["Bundle-SymbolicName"].split(";")[0].strip()
    version = ".".join(h.get("Bundle-Version", "0.0.0").split(".")[:3])
    lines = [f"bundle {name} {version}"]
    for clause in split_clauses(h.get("Export-Package", "")):
        parts = [p.strip() for p in clause.split(";")]
        packages = [p for p in parts if "=" not in p]
        attrs = dict(p.split("=", 1) for p in parts if "=" in p and ":=" not in p)
        pv = attrs.get("version", attrs.get("specification-version", "0.0.0")).strip('"')
        lines += [f"package {pkg} {pv}" for pkg in packages]
    return lines


def main(argv):
    if len(argv) >= 2 and argv[1] == "--capabilities":
        try:
            for jar in argv[2:]:
                print(f"# {os.path.basename(jar)}")
                print("\n".join(capabilities_of(jar)))
        except (OSError, KeyError, zipfile.BadZipFile) as e:
            print(f"check-requirements: {e}", file=sys.stderr)
            return 2
        return 0
    if len(argv) != 3:
        print("usage: check-requirements.py SITE_DIR CAPABILITIES_FILE", file=sys.stderr)
        return 2
    try:
        problems = check(argv[1], argv[2])
    except (OSError, ValueError, ET.ParseError, zipfile.BadZipFile, lzma.LZMAError) as e:
        print(f"check-requirements: {e}", file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
