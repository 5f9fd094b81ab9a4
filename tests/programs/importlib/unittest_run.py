# unittest: a TestCase run with a runner writing to a StringIO, results inspected.
import io
import unittest


class MathTests(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])

    def test_fails(self):
        self.assertEqual(1 + 1, 3)

    def test_errors(self):
        raise KeyError("nope")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad input")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_misc(self):
        self.assertIn(2, self.data)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([1, 2, 2], [2, 1, 2])


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(MathTests)
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
for line in stream.getvalue().splitlines():
    if " ... " in line:
        print(line)
for test, tb in result.failures + result.errors:
    print(test.id(), "->", tb.strip().splitlines()[-1])
print(stream.getvalue().strip().splitlines()[-1])


class Quick(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)


buf = io.StringIO()
prog = unittest.main(module=__name__, defaultTest="Quick", argv=["prog"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=buf))
print(prog.result.testsRun, prog.result.wasSuccessful(), buf.getvalue().splitlines()[-1])
try:
    MathTests("test_nothing_here")
except ValueError as e:
    print("ValueError", e)
