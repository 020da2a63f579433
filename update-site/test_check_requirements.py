"""Tests of check-requirements.py on small p2 metadata files (run by the update-site build: python3 -m unittest)."""
import importlib.util
import os
import tempfile
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_requirements", os.path.join(HERE, "check-requirements.py"))
check_requirements = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_requirements)

CAPS = """# a release
bundle org.eclipse.emf.common 2.40.0
package org.eclipse.emf.common.util 2.40.0
bundle org.eclipse.ui 3.207.0
"""


def content(requirements, provided=""):
    return f"""<?xml version='1.0' encoding='UTF-8'?>
<repository name='t' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
  <units size='2'>
    <unit id='org.spinflow.x' version='0.1.0.v1'>
      <provides size='1'><provided namespace='osgi.bundle' name='org.spinflow.x' version='0.1.0.v1'/>{provided}</provides>
      <requires size='9'>{requirements}</requires>
    </unit>
    <unit id='org.spinflow.y' version='0.1.0.v1'>
      <provides size='1'><provided namespace='java.package' name='org.spinflow.y' version='0.1.0'/></provides>
    </unit>
  </units>
</repository>"""


class CheckRequirementsTest(unittest.TestCase):
    def run_check(self, requirements, packed=True):
        with tempfile.TemporaryDirectory() as d:
            xml = content(requirements).encode("utf-8")
            if packed:
                with zipfile.ZipFile(os.path.join(d, "content.jar"), "w") as z:
                    z.writestr("content.xml", xml)
            else:
                with open(os.path.join(d, "content.xml"), "wb") as f:
                    f.write(xml)
            caps = os.path.join(d, "release.capabilities")
            with open(caps, "w") as f:
                f.write(CAPS)
            return check_requirements.check(d, caps)

    def test_minimum_above_the_release_is_reported(self):
        problems = self.run_check("<required namespace='osgi.bundle' name='org.eclipse.emf.common' range='2.46.0'/>")
        self.assertEqual(1, len(problems))
        self.assertIn("org.eclipse.emf.common 2.46.0: the release has 2.40.0", problems[0])

    def test_range_that_fits_passes(self):
        self.assertEqual([], self.run_check(
            "<required namespace='osgi.bundle' name='org.eclipse.emf.common' range='[2.40.0,3.0.0)'/>"
            "<required namespace='java.package' name='org.eclipse.emf.common.util' range='[2.40,3)'/>"
            "<required namespace='org.eclipse.equinox.p2.iu' name='org.eclipse.ui' range='[3.200.0,4.0.0)'/>", packed=False))

    def test_package_range_excluding_the_release_is_reported(self):
        problems = self.run_check("<required namespace='java.package' name='org.eclipse.emf.common.util' range='[2.41,3)'/>")
        self.assertEqual(1, len(problems))

    def test_unknown_bundle_is_reported_unless_optional(self):
        self.assertEqual(1, len(self.run_check("<required namespace='osgi.bundle' name='org.eclipse.jetty.server' range='12.0.16'/>")))
        self.assertEqual([], self.run_check(
            "<required namespace='osgi.bundle' name='org.eclipse.jetty.server' range='12.0.16' optional='true'/>"))

    def test_requirements_met_inside_the_site_and_jdk_packages_pass(self):
        self.assertEqual([], self.run_check(
            "<required namespace='java.package' name='org.spinflow.y' range='[0.1,1)'/>"
            "<required namespace='java.package' name='javax.imageio' range='0.0.0'/>"))

    def test_versioned_jdk_package_is_reported(self):
        self.assertEqual(1, len(self.run_check("<required namespace='java.package' name='javax.xml.parsers' range='[1.5,2)'/>")))

    def test_spinflow_bundle_exporting_a_library_or_importing_optionally_is_reported(self):
        with tempfile.TemporaryDirectory() as d:
            xml = content("<required namespace='java.package' name='org.eclipse.jetty.server' range='[12,13)' optional='true'/>",
                          "<provided namespace='java.package' name='org.eclipse.jetty.server' version='12.0.16'/>").encode("utf-8")
            with open(os.path.join(d, "content.xml"), "wb") as f:
                f.write(xml)
            caps = os.path.join(d, "release.capabilities")
            with open(caps, "w") as f:
                f.write(CAPS)
            problems = check_requirements.check(d, caps)
        self.assertEqual(2, len(problems), problems)
        self.assertTrue(any("exports org.eclipse.jetty.server" in p for p in problems))
        self.assertTrue(any("imports org.eclipse.jetty.server optionally" in p for p in problems))

    def test_shipping_a_bundle_of_the_release_is_reported(self):
        with tempfile.TemporaryDirectory() as d:
            xml = content("", "<provided namespace='osgi.bundle' name='org.eclipse.emf.common' version='2.46.0'/>").encode("utf-8")
            with open(os.path.join(d, "content.xml"), "wb") as f:
                f.write(xml)
            caps = os.path.join(d, "release.capabilities")
            with open(caps, "w") as f:
                f.write(CAPS)
            problems = check_requirements.check(d, caps)
        self.assertEqual(1, len(problems), problems)
        self.assertIn("ships the bundle org.eclipse.emf.common, which the release has", problems[0])

    def test_missing_metadata_is_an_error(self):
        with tempfile.TemporaryDirectory() as d, self.assertRaises(FileNotFoundError):
            check_requirements.check(d, os.path.join(d, "none"))


if __name__ == "__main__":
    unittest.main()
