// Generated from the CPython 3.14.2 oracle (tokenize.generate_tokens without COMMENT/NL,
// byte columns; NEWLINE shown by its end only; compile() outcomes) by a throwaway script.

pub(super) const TOKEN_CASES: &[(&str, &str)] = &[
    (
        "x = 1if 1else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,5-1,7 \"if\"\nNUMBER 1,8-1,9 \"1\"\nNAME 1,9-1,13 \"else\"\nNUMBER 1,14-1,15 \"2\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    ("'\\d'", "STRING 1,0-1,4 \"'\\\\d'\"\nNEWLINE ->1,5\nENDMARKER 2,0-2,0"),
    (
        "f\"{x:{y:{z}}}\"",
        "FSTRING_START 1,0-1,2 \"f\\\"\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nCOLON 1,7-1,8 \":\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"z\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_MIDDLE 1,11-1,11 \"\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_MIDDLE 1,12-1,12 \"\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_END 1,13-1,14 \"\\\"\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\777'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'\\\\777'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = b'\\777'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,11 \"b'\\\\777'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 'ab\\d'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'ab\\\\d'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = b'ab\\d'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,11 \"b'ab\\\\d'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = f'ab\\d{x}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,10 \"ab\\\\d\"\nLBRACE 1,10-1,11 \"{\"\nNAME 1,11-1,12 \"x\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_END 1,13-1,14 \"'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "x = f'ab\\{x}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,9 \"ab\\\\\"\nLBRACE 1,9-1,10 \"{\"\nNAME 1,10-1,11 \"x\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '''\nab\\q'''",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-2,7 \"'''\\nab\\\\q'''\"\nNEWLINE ->2,8\nENDMARKER 3,0-3,0",
    ),
    (
        "x = f'{x=!r:>10}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nEQUAL 1,8-1,9 \"=\"\nEXCLAMATION 1,9-1,10 \"!\"\nNAME 1,10-1,11 \"r\"\nCOLON 1,11-1,12 \":\"\nFSTRING_MIDDLE 1,12-1,15 \">10\"\nRBRACE 1,15-1,16 \"}\"\nFSTRING_END 1,16-1,17 \"'\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 09.5",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"09.5\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1.e5j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"1.e5j\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0x1for x in y",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0x1f\"\nNAME 1,8-1,10 \"or\"\nNAME 1,11-1,12 \"x\"\nNAME 1,13-1,15 \"in\"\nNAME 1,16-1,17 \"y\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "x = [0x1for x in y]",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLSQB 1,4-1,5 \"[\"\nNUMBER 1,5-1,9 \"0x1f\"\nNAME 1,9-1,11 \"or\"\nNAME 1,12-1,13 \"x\"\nNAME 1,14-1,16 \"in\"\nNAME 1,17-1,18 \"y\"\nRSQB 1,18-1,19 \"]\"\nNEWLINE ->1,20\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1_000j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,10 \"1_000j\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "a = 'ab\\\ncd'",
        "NAME 1,0-1,1 \"a\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-2,3 \"'ab\\\\\\ncd'\"\nNEWLINE ->2,4\nENDMARKER 3,0-3,0",
    ),
    (
        "f'{x:{y!r}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nEXCLAMATION 1,7-1,8 \"!\"\nNAME 1,8-1,9 \"r\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_MIDDLE 1,10-1,10 \"\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"'\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1 if 1 else 2 in 3",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,6-1,8 \"if\"\nNUMBER 1,9-1,10 \"1\"\nNAME 1,11-1,15 \"else\"\nNUMBER 1,16-1,17 \"2\"\nNAME 1,18-1,20 \"in\"\nNUMBER 1,21-1,22 \"3\"\nNEWLINE ->1,23\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1in y",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,5-1,7 \"in\"\nNAME 1,8-1,9 \"y\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1or 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,5-1,7 \"or\"\nNUMBER 1,8-1,9 \"2\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1and 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,5-1,8 \"and\"\nNUMBER 1,9-1,10 \"2\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1not in y",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,5-1,8 \"not\"\nNAME 1,9-1,11 \"in\"\nNAME 1,12-1,13 \"y\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0b1or 1",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"0b1\"\nNAME 1,7-1,9 \"or\"\nNUMBER 1,10-1,11 \"1\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1jif 1 else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \"1j\"\nNAME 1,6-1,8 \"if\"\nNUMBER 1,9-1,10 \"1\"\nNAME 1,11-1,15 \"else\"\nNUMBER 1,16-1,17 \"2\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1_000_000.000_001e1_0j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,26 \"1_000_000.000_001e1_0j\"\nNEWLINE ->1,27\nENDMARKER 2,0-2,0",
    ),
    (
        "x = .5j + 5. + 1e-3 + 1E+3",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \".5j\"\nPLUS 1,8-1,9 \"+\"\nNUMBER 1,10-1,12 \"5.\"\nPLUS 1,13-1,14 \"+\"\nNUMBER 1,15-1,19 \"1e-3\"\nPLUS 1,20-1,21 \"+\"\nNUMBER 1,22-1,26 \"1E+3\"\nNEWLINE ->1,27\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0O17 + 0B1 + 0X1F",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0O17\"\nPLUS 1,9-1,10 \"+\"\nNUMBER 1,11-1,14 \"0B1\"\nPLUS 1,15-1,16 \"+\"\nNUMBER 1,17-1,21 \"0X1F\"\nNEWLINE ->1,22\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 00000",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"00000\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0_0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"0_0\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0e0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"0e0\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 01e0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"01e0\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 01j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"01j\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0.",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \"0.\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1..real",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \"1.\"\nDOT 1,6-1,7 \".\"\nNAME 1,7-1,11 \"real\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = ...",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nELLIPSIS 1,4-1,7 \"...\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = [1, 2\n    , 3]",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLSQB 1,4-1,5 \"[\"\nNUMBER 1,5-1,6 \"1\"\nCOMMA 1,6-1,7 \",\"\nNUMBER 1,8-1,9 \"2\"\nCOMMA 2,4-2,5 \",\"\nNUMBER 2,6-2,7 \"3\"\nRSQB 2,7-2,8 \"]\"\nNEWLINE ->2,9\nENDMARKER 3,0-3,0",
    ),
    (
        "def f():\n    return 1\n\n\n",
        "NAME 1,0-1,3 \"def\"\nNAME 1,4-1,5 \"f\"\nLPAR 1,5-1,6 \"(\"\nRPAR 1,6-1,7 \")\"\nCOLON 1,7-1,8 \":\"\nNEWLINE ->1,9\nINDENT 2,0-2,4\nNAME 2,4-2,10 \"return\"\nNUMBER 2,11-2,12 \"1\"\nNEWLINE ->2,13\nDEDENT 5,0-5,0\nENDMARKER 5,0-5,0",
    ),
    (
        "class A:\n\tdef f(self):\n\t\tpass\n",
        "NAME 1,0-1,5 \"class\"\nNAME 1,6-1,7 \"A\"\nCOLON 1,7-1,8 \":\"\nNEWLINE ->1,9\nINDENT 2,0-2,1\nNAME 2,1-2,4 \"def\"\nNAME 2,5-2,6 \"f\"\nLPAR 2,6-2,7 \"(\"\nNAME 2,7-2,11 \"self\"\nRPAR 2,11-2,12 \")\"\nCOLON 2,12-2,13 \":\"\nNEWLINE ->2,14\nINDENT 3,0-3,2\nNAME 3,2-3,6 \"pass\"\nNEWLINE ->3,7\nDEDENT 4,0-4,0\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n  \u{c}  x\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,5\nNAME 2,5-2,6 \"x\"\nNEWLINE ->2,7\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 1;\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nSEMI 1,5-1,6 \";\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "x = \"\"\"a\n\nb\"\"\" + 'c'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-3,4 \"\\\"\\\"\\\"a\\n\\nb\\\"\\\"\\\"\"\nPLUS 3,5-3,6 \"+\"\nSTRING 3,7-3,10 \"'c'\"\nNEWLINE ->3,11\nENDMARKER 4,0-4,0",
    ),
    (
        "s = r'\\'' + r\"\\\"\"",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,9 \"r'\\\\''\"\nPLUS 1,10-1,11 \"+\"\nSTRING 1,12-1,17 \"r\\\"\\\\\\\"\\\"\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "s = b'\\x41' B'\\101' rB'\\x'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,11 \"b'\\\\x41'\"\nSTRING 1,12-1,19 \"B'\\\\101'\"\nSTRING 1,20-1,26 \"rB'\\\\x'\"\nNEWLINE ->1,27\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{a!r}' F'{b:>{c}}' fR'{d}\\n' Rf'x'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"a\"\nEXCLAMATION 1,8-1,9 \"!\"\nNAME 1,9-1,10 \"r\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"'\"\nFSTRING_START 1,13-1,15 \"F'\"\nLBRACE 1,15-1,16 \"{\"\nNAME 1,16-1,17 \"b\"\nCOLON 1,17-1,18 \":\"\nFSTRING_MIDDLE 1,18-1,19 \">\"\nLBRACE 1,19-1,20 \"{\"\nNAME 1,20-1,21 \"c\"\nRBRACE 1,21-1,22 \"}\"\nFSTRING_MIDDLE 1,22-1,22 \"\"\nRBRACE 1,22-1,23 \"}\"\nFSTRING_END 1,23-1,24 \"'\"\nFSTRING_START 1,25-1,28 \"fR'\"\nLBRACE 1,28-1,29 \"{\"\nNAME 1,29-1,30 \"d\"\nRBRACE 1,30-1,31 \"}\"\nFSTRING_MIDDLE 1,31-1,33 \"\\\\n\"\nFSTRING_END 1,33-1,34 \"'\"\nFSTRING_START 1,35-1,38 \"Rf'\"\nFSTRING_MIDDLE 1,38-1,39 \"x\"\nFSTRING_END 1,39-1,40 \"'\"\nNEWLINE ->1,41\nENDMARKER 2,0-2,0",
    ),
    (
        "s = t'{a}' T'b' tr'c' Rt'{d!s:3}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nTSTRING_START 1,4-1,6 \"t'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"a\"\nRBRACE 1,8-1,9 \"}\"\nTSTRING_END 1,9-1,10 \"'\"\nTSTRING_START 1,11-1,13 \"T'\"\nTSTRING_MIDDLE 1,13-1,14 \"b\"\nTSTRING_END 1,14-1,15 \"'\"\nTSTRING_START 1,16-1,19 \"tr'\"\nTSTRING_MIDDLE 1,19-1,20 \"c\"\nTSTRING_END 1,20-1,21 \"'\"\nTSTRING_START 1,22-1,25 \"Rt'\"\nLBRACE 1,25-1,26 \"{\"\nNAME 1,26-1,27 \"d\"\nEXCLAMATION 1,27-1,28 \"!\"\nNAME 1,28-1,29 \"s\"\nCOLON 1,29-1,30 \":\"\nTSTRING_MIDDLE 1,30-1,31 \"3\"\nRBRACE 1,31-1,32 \"}\"\nTSTRING_END 1,32-1,33 \"'\"\nNEWLINE ->1,34\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{f'{f'{1}'}'}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nFSTRING_START 1,7-1,9 \"f'\"\nLBRACE 1,9-1,10 \"{\"\nFSTRING_START 1,10-1,12 \"f'\"\nLBRACE 1,12-1,13 \"{\"\nNUMBER 1,13-1,14 \"1\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nRBRACE 1,16-1,17 \"}\"\nFSTRING_END 1,17-1,18 \"'\"\nRBRACE 1,18-1,19 \"}\"\nFSTRING_END 1,19-1,20 \"'\"\nNEWLINE ->1,21\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f\"{'\\n'.join(x)}\"",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f\\\"\"\nLBRACE 1,6-1,7 \"{\"\nSTRING 1,7-1,11 \"'\\\\n'\"\nDOT 1,11-1,12 \".\"\nNAME 1,12-1,16 \"join\"\nLPAR 1,16-1,17 \"(\"\nNAME 1,17-1,18 \"x\"\nRPAR 1,18-1,19 \")\"\nRBRACE 1,19-1,20 \"}\"\nFSTRING_END 1,20-1,21 \"\\\"\"\nNEWLINE ->1,22\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x:{\"a\"}}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nLBRACE 1,9-1,10 \"{\"\nSTRING 1,10-1,13 \"\\\"a\\\"\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_MIDDLE 1,14-1,14 \"\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f\"\"\"{x\n# comment\n}\"\"\"",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,8 \"f\\\"\\\"\\\"\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"x\"\nRBRACE 3,0-3,1 \"}\"\nFSTRING_END 3,1-3,4 \"\\\"\\\"\\\"\"\nNEWLINE ->3,5\nENDMARKER 4,0-4,0",
    ),
    (
        "s = f'{{}}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,7 \"{\"\nFSTRING_MIDDLE 1,8-1,9 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{{{x}}}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,7 \"{\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"x\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_MIDDLE 1,11-1,12 \"}\"\nFSTRING_END 1,13-1,14 \"'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'}}{{'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,7 \"}\"\nFSTRING_MIDDLE 1,8-1,9 \"{\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'a\\N{BULLET}b{x}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,17 \"a\\\\N{BULLET}\"\nFSTRING_MIDDLE 1,17-1,18 \"b\"\nLBRACE 1,18-1,19 \"{\"\nNAME 1,19-1,20 \"x\"\nRBRACE 1,20-1,21 \"}\"\nFSTRING_END 1,21-1,22 \"'\"\nNEWLINE ->1,23\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'\\N{BULLET}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,16 \"\\\\N{BULLET}\"\nFSTRING_END 1,16-1,17 \"'\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "s = rf'\\N{BULLET}{x}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,7 \"rf'\"\nFSTRING_MIDDLE 1,7-1,9 \"\\\\N\"\nLBRACE 1,9-1,10 \"{\"\nNAME 1,10-1,16 \"BULLET\"\nRBRACE 1,16-1,17 \"}\"\nLBRACE 1,17-1,18 \"{\"\nNAME 1,18-1,19 \"x\"\nRBRACE 1,19-1,20 \"}\"\nFSTRING_END 1,20-1,21 \"'\"\nNEWLINE ->1,22\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x:\\N{BULLET}}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nFSTRING_MIDDLE 1,9-1,19 \"\\\\N{BULLET}\"\nFSTRING_MIDDLE 1,19-1,19 \"\"\nRBRACE 1,19-1,20 \"}\"\nFSTRING_END 1,20-1,21 \"'\"\nNEWLINE ->1,22\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x = }'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nEQUAL 1,9-1,10 \"=\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x=:>10}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nEQUAL 1,8-1,9 \"=\"\nCOLON 1,9-1,10 \":\"\nFSTRING_MIDDLE 1,10-1,13 \">10\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_END 1,14-1,15 \"'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x!=y}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nNOTEQUAL 1,8-1,10 \"!=\"\nNAME 1,10-1,11 \"y\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x:=y}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nFSTRING_MIDDLE 1,9-1,11 \"=y\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{(x:=y)}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nLPAR 1,7-1,8 \"(\"\nNAME 1,8-1,9 \"x\"\nCOLONEQUAL 1,9-1,11 \":=\"\nNAME 1,11-1,12 \"y\"\nRPAR 1,12-1,13 \")\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_END 1,14-1,15 \"'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{x:{y}{z}}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nLBRACE 1,9-1,10 \"{\"\nNAME 1,10-1,11 \"y\"\nRBRACE 1,11-1,12 \"}\"\nLBRACE 1,12-1,13 \"{\"\nNAME 1,13-1,14 \"z\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_MIDDLE 1,15-1,15 \"\"\nRBRACE 1,15-1,16 \"}\"\nFSTRING_END 1,16-1,17 \"'\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'''{x:\n>10}'''",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,8 \"f'''\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"x\"\nCOLON 1,10-1,11 \":\"\nFSTRING_MIDDLE 1,11-2,3 \"\\n>10\"\nRBRACE 2,3-2,4 \"}\"\nFSTRING_END 2,4-2,7 \"'''\"\nNEWLINE ->2,8\nENDMARKER 3,0-3,0",
    ),
    (
        "s = f'{x\n}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nRBRACE 2,0-2,1 \"}\"\nFSTRING_END 2,1-2,2 \"'\"\nNEWLINE ->2,3\nENDMARKER 3,0-3,0",
    ),
    (
        "s = f'''a\nb{x}c\nd'''",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,8 \"f'''\"\nFSTRING_MIDDLE 1,8-2,1 \"a\\nb\"\nLBRACE 2,1-2,2 \"{\"\nNAME 2,2-2,3 \"x\"\nRBRACE 2,3-2,4 \"}\"\nFSTRING_MIDDLE 2,4-3,1 \"c\\nd\"\nFSTRING_END 3,1-3,4 \"'''\"\nNEWLINE ->3,5\nENDMARKER 4,0-4,0",
    ),
    (
        "s = f'\\{x}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nFSTRING_MIDDLE 1,6-1,7 \"\\\\\"\nLBRACE 1,7-1,8 \"{\"\nNAME 1,8-1,9 \"x\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "s = f'{\"\"\"a\n\"\"\"}'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nSTRING 1,7-2,3 \"\\\"\\\"\\\"a\\n\\\"\\\"\\\"\"\nRBRACE 2,3-2,4 \"}\"\nFSTRING_END 2,4-2,5 \"'\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    (
        "s = 'a' 'b' f'c'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,7 \"'a'\"\nSTRING 1,8-1,11 \"'b'\"\nFSTRING_START 1,12-1,14 \"f'\"\nFSTRING_MIDDLE 1,14-1,15 \"c\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "s = \"\"\"a\\\\\"\"\"",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,13 \"\\\"\\\"\\\"a\\\\\\\\\\\"\\\"\\\"\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "s = '\\\\\\\\'",
        "NAME 1,0-1,1 \"s\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'\\\\\\\\\\\\\\\\'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 'a\\\nb'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-2,2 \"'a\\\\\\nb'\"\nNEWLINE ->2,3\nENDMARKER 3,0-3,0",
    ),
    (
        "x = \"\"\"\n\"\"\"",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-2,3 \"\\\"\\\"\\\"\\n\\\"\\\"\\\"\"\nNEWLINE ->2,4\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 1 \\\n+ 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nPLUS 2,0-2,1 \"+\"\nNUMBER 2,2-2,3 \"2\"\nNEWLINE ->2,4\nENDMARKER 3,0-3,0",
    ),
    (
        "if True:\n    x = (1,\n2)\n    y = 2\n",
        "NAME 1,0-1,2 \"if\"\nNAME 1,3-1,7 \"True\"\nCOLON 1,7-1,8 \":\"\nNEWLINE ->1,9\nINDENT 2,0-2,4\nNAME 2,4-2,5 \"x\"\nEQUAL 2,6-2,7 \"=\"\nLPAR 2,8-2,9 \"(\"\nNUMBER 2,9-2,10 \"1\"\nCOMMA 2,10-2,11 \",\"\nNUMBER 3,0-3,1 \"2\"\nRPAR 3,1-3,2 \")\"\nNEWLINE ->3,3\nNAME 4,4-4,5 \"y\"\nEQUAL 4,6-4,7 \"=\"\nNUMBER 4,8-4,9 \"2\"\nNEWLINE ->4,10\nDEDENT 5,0-5,0\nENDMARKER 5,0-5,0",
    ),
    (
        "@decorator\ndef f(): pass\n",
        "AT 1,0-1,1 \"@\"\nNAME 1,1-1,10 \"decorator\"\nNEWLINE ->1,11\nNAME 2,0-2,3 \"def\"\nNAME 2,4-2,5 \"f\"\nLPAR 2,5-2,6 \"(\"\nRPAR 2,6-2,7 \")\"\nCOLON 2,7-2,8 \":\"\nNAME 2,9-2,13 \"pass\"\nNEWLINE ->2,14\nENDMARKER 3,0-3,0",
    ),
    (
        "try:\n  pass\nexcept* E:\n  pass\n",
        "NAME 1,0-1,3 \"try\"\nCOLON 1,3-1,4 \":\"\nNEWLINE ->1,5\nINDENT 2,0-2,2\nNAME 2,2-2,6 \"pass\"\nNEWLINE ->2,7\nDEDENT 3,0-3,0\nNAME 3,0-3,6 \"except\"\nSTAR 3,6-3,7 \"*\"\nNAME 3,8-3,9 \"E\"\nCOLON 3,9-3,10 \":\"\nNEWLINE ->3,11\nINDENT 4,0-4,2\nNAME 4,2-4,6 \"pass\"\nNEWLINE ->4,7\nDEDENT 5,0-5,0\nENDMARKER 5,0-5,0",
    ),
    (
        "match x:\n  case 1: pass\n",
        "NAME 1,0-1,5 \"match\"\nNAME 1,6-1,7 \"x\"\nCOLON 1,7-1,8 \":\"\nNEWLINE ->1,9\nINDENT 2,0-2,2\nNAME 2,2-2,6 \"case\"\nNUMBER 2,7-2,8 \"1\"\nCOLON 2,8-2,9 \":\"\nNAME 2,10-2,14 \"pass\"\nNEWLINE ->2,15\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "type X = int\n",
        "NAME 1,0-1,4 \"type\"\nNAME 1,5-1,6 \"X\"\nEQUAL 1,7-1,8 \"=\"\nNAME 1,9-1,12 \"int\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1 # comment\n# another\n\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,16\nENDMARKER 4,0-4,0",
    ),
    (
        "\n\n\nx = 1\n\n",
        "NAME 4,0-4,1 \"x\"\nEQUAL 4,2-4,3 \"=\"\nNUMBER 4,4-4,5 \"1\"\nNEWLINE ->4,6\nENDMARKER 6,0-6,0",
    ),
    (
        "    \n  # c\nx = 1\n",
        "NAME 3,0-3,1 \"x\"\nEQUAL 3,2-3,3 \"=\"\nNUMBER 3,4-3,5 \"1\"\nNEWLINE ->3,6\nENDMARKER 4,0-4,0",
    ),
    ("#!/bin/python\n# coding: latin-1\n", "ENDMARKER 3,0-3,0"),
    ("", "ENDMARKER 1,0-1,0"),
    ("\n", "ENDMARKER 2,0-2,0"),
    ("# only comment", "ENDMARKER 2,0-2,0"),
    ("x", "NAME 1,0-1,1 \"x\"\nNEWLINE ->1,2\nENDMARKER 2,0-2,0"),
    (
        "if 1:\n  pass",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,6 \"pass\"\nNEWLINE ->2,7\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "if 1:\n  pass\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,6 \"pass\"\nNEWLINE ->2,7\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "if 1:\n  if 2:\n    pass",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,4 \"if\"\nNUMBER 2,5-2,6 \"2\"\nCOLON 2,6-2,7 \":\"\nNEWLINE ->2,8\nINDENT 3,0-3,4\nNAME 3,4-3,8 \"pass\"\nNEWLINE ->3,9\nDEDENT 4,0-4,0\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n  pass\n  ",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,6 \"pass\"\nNEWLINE ->2,7\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "x = '\\N{EM DASH}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,17 \"'\\\\N{EM DASH}'\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLSQB 1,4-1,5 \"[\"\nLSQB 1,5-1,6 \"[\"\nLSQB 1,6-1,7 \"[\"\nLSQB 1,7-1,8 \"[\"\nLSQB 1,8-1,9 \"[\"\nLSQB 1,9-1,10 \"[\"\nLSQB 1,10-1,11 \"[\"\nLSQB 1,11-1,12 \"[\"\nLSQB 1,12-1,13 \"[\"\nLSQB 1,13-1,14 \"[\"\nLSQB 1,14-1,15 \"[\"\nLSQB 1,15-1,16 \"[\"\nLSQB 1,16-1,17 \"[\"\nLSQB 1,17-1,18 \"[\"\nLSQB 1,18-1,19 \"[\"\nLSQB 1,19-1,20 \"[\"\nLSQB 1,20-1,21 \"[\"\nLSQB 1,21-1,22 \"[\"\nLSQB 1,22-1,23 \"[\"\nLSQB 1,23-1,24 \"[\"\nLSQB 1,24-1,25 \"[\"\nLSQB 1,25-1,26 \"[\"\nLSQB 1,26-1,27 \"[\"\nLSQB 1,27-1,28 \"[\"\nLSQB 1,28-1,29 \"[\"\nLSQB 1,29-1,30 \"[\"\nLSQB 1,30-1,31 \"[\"\nLSQB 1,31-1,32 \"[\"\nLSQB 1,32-1,33 \"[\"\nLSQB 1,33-1,34 \"[\"\nLSQB 1,34-1,35 \"[\"\nLSQB 1,35-1,36 \"[\"\nLSQB 1,36-1,37 \"[\"\nLSQB 1,37-1,38 \"[\"\nLSQB 1,38-1,39 \"[\"\nLSQB 1,39-1,40 \"[\"\nLSQB 1,40-1,41 \"[\"\nLSQB 1,41-1,42 \"[\"\nLSQB 1,42-1,43 \"[\"\nLSQB 1,43-1,44 \"[\"\nLSQB 1,44-1,45 \"[\"\nLSQB 1,45-1,46 \"[\"\nLSQB 1,46-1,47 \"[\"\nLSQB 1,47-1,48 \"[\"\nLSQB 1,48-1,49 \"[\"\nLSQB 1,49-1,50 \"[\"\nLSQB 1,50-1,51 \"[\"\nLSQB 1,51-1,52 \"[\"\nLSQB 1,52-1,53 \"[\"\nLSQB 1,53-1,54 \"[\"\nLSQB 1,54-1,55 \"[\"\nLSQB 1,55-1,56 \"[\"\nLSQB 1,56-1,57 \"[\"\nLSQB 1,57-1,58 \"[\"\nLSQB 1,58-1,59 \"[\"\nLSQB 1,59-1,60 \"[\"\nLSQB 1,60-1,61 \"[\"\nLSQB 1,61-1,62 \"[\"\nLSQB 1,62-1,63 \"[\"\nLSQB 1,63-1,64 \"[\"\nLSQB 1,64-1,65 \"[\"\nLSQB 1,65-1,66 \"[\"\nLSQB 1,66-1,67 \"[\"\nLSQB 1,67-1,68 \"[\"\nLSQB 1,68-1,69 \"[\"\nLSQB 1,69-1,70 \"[\"\nLSQB 1,70-1,71 \"[\"\nLSQB 1,71-1,72 \"[\"\nLSQB 1,72-1,73 \"[\"\nLSQB 1,73-1,74 \"[\"\nLSQB 1,74-1,75 \"[\"\nLSQB 1,75-1,76 \"[\"\nLSQB 1,76-1,77 \"[\"\nLSQB 1,77-1,78 \"[\"\nLSQB 1,78-1,79 \"[\"\nLSQB 1,79-1,80 \"[\"\nLSQB 1,80-1,81 \"[\"\nLSQB 1,81-1,82 \"[\"\nLSQB 1,82-1,83 \"[\"\nLSQB 1,83-1,84 \"[\"\nLSQB 1,84-1,85 \"[\"\nLSQB 1,85-1,86 \"[\"\nLSQB 1,86-1,87 \"[\"\nLSQB 1,87-1,88 \"[\"\nLSQB 1,88-1,89 \"[\"\nLSQB 1,89-1,90 \"[\"\nLSQB 1,90-1,91 \"[\"\nLSQB 1,91-1,92 \"[\"\nLSQB 1,92-1,93 \"[\"\nLSQB 1,93-1,94 \"[\"\nLSQB 1,94-1,95 \"[\"\nLSQB 1,95-1,96 \"[\"\nLSQB 1,96-1,97 \"[\"\nLSQB 1,97-1,98 \"[\"\nLSQB 1,98-1,99 \"[\"\nLSQB 1,99-1,100 \"[\"\nLSQB 1,100-1,101 \"[\"\nLSQB 1,101-1,102 \"[\"\nLSQB 1,102-1,103 \"[\"\nLSQB 1,103-1,104 \"[\"\nLSQB 1,104-1,105 \"[\"\nLSQB 1,105-1,106 \"[\"\nLSQB 1,106-1,107 \"[\"\nLSQB 1,107-1,108 \"[\"\nLSQB 1,108-1,109 \"[\"\nLSQB 1,109-1,110 \"[\"\nLSQB 1,110-1,111 \"[\"\nLSQB 1,111-1,112 \"[\"\nLSQB 1,112-1,113 \"[\"\nLSQB 1,113-1,114 \"[\"\nLSQB 1,114-1,115 \"[\"\nLSQB 1,115-1,116 \"[\"\nLSQB 1,116-1,117 \"[\"\nLSQB 1,117-1,118 \"[\"\nLSQB 1,118-1,119 \"[\"\nLSQB 1,119-1,120 \"[\"\nLSQB 1,120-1,121 \"[\"\nLSQB 1,121-1,122 \"[\"\nLSQB 1,122-1,123 \"[\"\nLSQB 1,123-1,124 \"[\"\nLSQB 1,124-1,125 \"[\"\nLSQB 1,125-1,126 \"[\"\nLSQB 1,126-1,127 \"[\"\nLSQB 1,127-1,128 \"[\"\nLSQB 1,128-1,129 \"[\"\nLSQB 1,129-1,130 \"[\"\nLSQB 1,130-1,131 \"[\"\nLSQB 1,131-1,132 \"[\"\nLSQB 1,132-1,133 \"[\"\nLSQB 1,133-1,134 \"[\"\nLSQB 1,134-1,135 \"[\"\nLSQB 1,135-1,136 \"[\"\nLSQB 1,136-1,137 \"[\"\nLSQB 1,137-1,138 \"[\"\nLSQB 1,138-1,139 \"[\"\nLSQB 1,139-1,140 \"[\"\nLSQB 1,140-1,141 \"[\"\nLSQB 1,141-1,142 \"[\"\nLSQB 1,142-1,143 \"[\"\nLSQB 1,143-1,144 \"[\"\nLSQB 1,144-1,145 \"[\"\nLSQB 1,145-1,146 \"[\"\nLSQB 1,146-1,147 \"[\"\nLSQB 1,147-1,148 \"[\"\nLSQB 1,148-1,149 \"[\"\nLSQB 1,149-1,150 \"[\"\nLSQB 1,150-1,151 \"[\"\nLSQB 1,151-1,152 \"[\"\nLSQB 1,152-1,153 \"[\"\nLSQB 1,153-1,154 \"[\"\nLSQB 1,154-1,155 \"[\"\nLSQB 1,155-1,156 \"[\"\nLSQB 1,156-1,157 \"[\"\nLSQB 1,157-1,158 \"[\"\nLSQB 1,158-1,159 \"[\"\nLSQB 1,159-1,160 \"[\"\nLSQB 1,160-1,161 \"[\"\nLSQB 1,161-1,162 \"[\"\nLSQB 1,162-1,163 \"[\"\nLSQB 1,163-1,164 \"[\"\nLSQB 1,164-1,165 \"[\"\nLSQB 1,165-1,166 \"[\"\nLSQB 1,166-1,167 \"[\"\nLSQB 1,167-1,168 \"[\"\nLSQB 1,168-1,169 \"[\"\nLSQB 1,169-1,170 \"[\"\nLSQB 1,170-1,171 \"[\"\nLSQB 1,171-1,172 \"[\"\nLSQB 1,172-1,173 \"[\"\nLSQB 1,173-1,174 \"[\"\nLSQB 1,174-1,175 \"[\"\nLSQB 1,175-1,176 \"[\"\nLSQB 1,176-1,177 \"[\"\nLSQB 1,177-1,178 \"[\"\nLSQB 1,178-1,179 \"[\"\nLSQB 1,179-1,180 \"[\"\nLSQB 1,180-1,181 \"[\"\nLSQB 1,181-1,182 \"[\"\nLSQB 1,182-1,183 \"[\"\nLSQB 1,183-1,184 \"[\"\nLSQB 1,184-1,185 \"[\"\nLSQB 1,185-1,186 \"[\"\nLSQB 1,186-1,187 \"[\"\nLSQB 1,187-1,188 \"[\"\nLSQB 1,188-1,189 \"[\"\nLSQB 1,189-1,190 \"[\"\nLSQB 1,190-1,191 \"[\"\nLSQB 1,191-1,192 \"[\"\nLSQB 1,192-1,193 \"[\"\nLSQB 1,193-1,194 \"[\"\nLSQB 1,194-1,195 \"[\"\nLSQB 1,195-1,196 \"[\"\nLSQB 1,196-1,197 \"[\"\nLSQB 1,197-1,198 \"[\"\nLSQB 1,198-1,199 \"[\"\nLSQB 1,199-1,200 \"[\"\nLSQB 1,200-1,201 \"[\"\nLSQB 1,201-1,202 \"[\"\nLSQB 1,202-1,203 \"[\"\nRSQB 1,203-1,204 \"]\"\nRSQB 1,204-1,205 \"]\"\nRSQB 1,205-1,206 \"]\"\nRSQB 1,206-1,207 \"]\"\nRSQB 1,207-1,208 \"]\"\nRSQB 1,208-1,209 \"]\"\nRSQB 1,209-1,210 \"]\"\nRSQB 1,210-1,211 \"]\"\nRSQB 1,211-1,212 \"]\"\nRSQB 1,212-1,213 \"]\"\nRSQB 1,213-1,214 \"]\"\nRSQB 1,214-1,215 \"]\"\nRSQB 1,215-1,216 \"]\"\nRSQB 1,216-1,217 \"]\"\nRSQB 1,217-1,218 \"]\"\nRSQB 1,218-1,219 \"]\"\nRSQB 1,219-1,220 \"]\"\nRSQB 1,220-1,221 \"]\"\nRSQB 1,221-1,222 \"]\"\nRSQB 1,222-1,223 \"]\"\nRSQB 1,223-1,224 \"]\"\nRSQB 1,224-1,225 \"]\"\nRSQB 1,225-1,226 \"]\"\nRSQB 1,226-1,227 \"]\"\nRSQB 1,227-1,228 \"]\"\nRSQB 1,228-1,229 \"]\"\nRSQB 1,229-1,230 \"]\"\nRSQB 1,230-1,231 \"]\"\nRSQB 1,231-1,232 \"]\"\nRSQB 1,232-1,233 \"]\"\nRSQB 1,233-1,234 \"]\"\nRSQB 1,234-1,235 \"]\"\nRSQB 1,235-1,236 \"]\"\nRSQB 1,236-1,237 \"]\"\nRSQB 1,237-1,238 \"]\"\nRSQB 1,238-1,239 \"]\"\nRSQB 1,239-1,240 \"]\"\nRSQB 1,240-1,241 \"]\"\nRSQB 1,241-1,242 \"]\"\nRSQB 1,242-1,243 \"]\"\nRSQB 1,243-1,244 \"]\"\nRSQB 1,244-1,245 \"]\"\nRSQB 1,245-1,246 \"]\"\nRSQB 1,246-1,247 \"]\"\nRSQB 1,247-1,248 \"]\"\nRSQB 1,248-1,249 \"]\"\nRSQB 1,249-1,250 \"]\"\nRSQB 1,250-1,251 \"]\"\nRSQB 1,251-1,252 \"]\"\nRSQB 1,252-1,253 \"]\"\nRSQB 1,253-1,254 \"]\"\nRSQB 1,254-1,255 \"]\"\nRSQB 1,255-1,256 \"]\"\nRSQB 1,256-1,257 \"]\"\nRSQB 1,257-1,258 \"]\"\nRSQB 1,258-1,259 \"]\"\nRSQB 1,259-1,260 \"]\"\nRSQB 1,260-1,261 \"]\"\nRSQB 1,261-1,262 \"]\"\nRSQB 1,262-1,263 \"]\"\nRSQB 1,263-1,264 \"]\"\nRSQB 1,264-1,265 \"]\"\nRSQB 1,265-1,266 \"]\"\nRSQB 1,266-1,267 \"]\"\nRSQB 1,267-1,268 \"]\"\nRSQB 1,268-1,269 \"]\"\nRSQB 1,269-1,270 \"]\"\nRSQB 1,270-1,271 \"]\"\nRSQB 1,271-1,272 \"]\"\nRSQB 1,272-1,273 \"]\"\nRSQB 1,273-1,274 \"]\"\nRSQB 1,274-1,275 \"]\"\nRSQB 1,275-1,276 \"]\"\nRSQB 1,276-1,277 \"]\"\nRSQB 1,277-1,278 \"]\"\nRSQB 1,278-1,279 \"]\"\nRSQB 1,279-1,280 \"]\"\nRSQB 1,280-1,281 \"]\"\nRSQB 1,281-1,282 \"]\"\nRSQB 1,282-1,283 \"]\"\nRSQB 1,283-1,284 \"]\"\nRSQB 1,284-1,285 \"]\"\nRSQB 1,285-1,286 \"]\"\nRSQB 1,286-1,287 \"]\"\nRSQB 1,287-1,288 \"]\"\nRSQB 1,288-1,289 \"]\"\nRSQB 1,289-1,290 \"]\"\nRSQB 1,290-1,291 \"]\"\nRSQB 1,291-1,292 \"]\"\nRSQB 1,292-1,293 \"]\"\nRSQB 1,293-1,294 \"]\"\nRSQB 1,294-1,295 \"]\"\nRSQB 1,295-1,296 \"]\"\nRSQB 1,296-1,297 \"]\"\nRSQB 1,297-1,298 \"]\"\nRSQB 1,298-1,299 \"]\"\nRSQB 1,299-1,300 \"]\"\nRSQB 1,300-1,301 \"]\"\nRSQB 1,301-1,302 \"]\"\nRSQB 1,302-1,303 \"]\"\nRSQB 1,303-1,304 \"]\"\nRSQB 1,304-1,305 \"]\"\nRSQB 1,305-1,306 \"]\"\nRSQB 1,306-1,307 \"]\"\nRSQB 1,307-1,308 \"]\"\nRSQB 1,308-1,309 \"]\"\nRSQB 1,309-1,310 \"]\"\nRSQB 1,310-1,311 \"]\"\nRSQB 1,311-1,312 \"]\"\nRSQB 1,312-1,313 \"]\"\nRSQB 1,313-1,314 \"]\"\nRSQB 1,314-1,315 \"]\"\nRSQB 1,315-1,316 \"]\"\nRSQB 1,316-1,317 \"]\"\nRSQB 1,317-1,318 \"]\"\nRSQB 1,318-1,319 \"]\"\nRSQB 1,319-1,320 \"]\"\nRSQB 1,320-1,321 \"]\"\nRSQB 1,321-1,322 \"]\"\nRSQB 1,322-1,323 \"]\"\nRSQB 1,323-1,324 \"]\"\nRSQB 1,324-1,325 \"]\"\nRSQB 1,325-1,326 \"]\"\nRSQB 1,326-1,327 \"]\"\nRSQB 1,327-1,328 \"]\"\nRSQB 1,328-1,329 \"]\"\nRSQB 1,329-1,330 \"]\"\nRSQB 1,330-1,331 \"]\"\nRSQB 1,331-1,332 \"]\"\nRSQB 1,332-1,333 \"]\"\nRSQB 1,333-1,334 \"]\"\nRSQB 1,334-1,335 \"]\"\nRSQB 1,335-1,336 \"]\"\nRSQB 1,336-1,337 \"]\"\nRSQB 1,337-1,338 \"]\"\nRSQB 1,338-1,339 \"]\"\nRSQB 1,339-1,340 \"]\"\nRSQB 1,340-1,341 \"]\"\nRSQB 1,341-1,342 \"]\"\nRSQB 1,342-1,343 \"]\"\nRSQB 1,343-1,344 \"]\"\nRSQB 1,344-1,345 \"]\"\nRSQB 1,345-1,346 \"]\"\nRSQB 1,346-1,347 \"]\"\nRSQB 1,347-1,348 \"]\"\nRSQB 1,348-1,349 \"]\"\nRSQB 1,349-1,350 \"]\"\nRSQB 1,350-1,351 \"]\"\nRSQB 1,351-1,352 \"]\"\nRSQB 1,352-1,353 \"]\"\nRSQB 1,353-1,354 \"]\"\nRSQB 1,354-1,355 \"]\"\nRSQB 1,355-1,356 \"]\"\nRSQB 1,356-1,357 \"]\"\nRSQB 1,357-1,358 \"]\"\nRSQB 1,358-1,359 \"]\"\nRSQB 1,359-1,360 \"]\"\nRSQB 1,360-1,361 \"]\"\nRSQB 1,361-1,362 \"]\"\nRSQB 1,362-1,363 \"]\"\nRSQB 1,363-1,364 \"]\"\nRSQB 1,364-1,365 \"]\"\nRSQB 1,365-1,366 \"]\"\nRSQB 1,366-1,367 \"]\"\nRSQB 1,367-1,368 \"]\"\nRSQB 1,368-1,369 \"]\"\nRSQB 1,369-1,370 \"]\"\nRSQB 1,370-1,371 \"]\"\nRSQB 1,371-1,372 \"]\"\nRSQB 1,372-1,373 \"]\"\nRSQB 1,373-1,374 \"]\"\nRSQB 1,374-1,375 \"]\"\nRSQB 1,375-1,376 \"]\"\nRSQB 1,376-1,377 \"]\"\nRSQB 1,377-1,378 \"]\"\nRSQB 1,378-1,379 \"]\"\nRSQB 1,379-1,380 \"]\"\nRSQB 1,380-1,381 \"]\"\nRSQB 1,381-1,382 \"]\"\nRSQB 1,382-1,383 \"]\"\nRSQB 1,383-1,384 \"]\"\nRSQB 1,384-1,385 \"]\"\nRSQB 1,385-1,386 \"]\"\nRSQB 1,386-1,387 \"]\"\nRSQB 1,387-1,388 \"]\"\nRSQB 1,388-1,389 \"]\"\nRSQB 1,389-1,390 \"]\"\nRSQB 1,390-1,391 \"]\"\nRSQB 1,391-1,392 \"]\"\nRSQB 1,392-1,393 \"]\"\nRSQB 1,393-1,394 \"]\"\nRSQB 1,394-1,395 \"]\"\nRSQB 1,395-1,396 \"]\"\nRSQB 1,396-1,397 \"]\"\nRSQB 1,397-1,398 \"]\"\nRSQB 1,398-1,399 \"]\"\nRSQB 1,399-1,400 \"]\"\nRSQB 1,400-1,401 \"]\"\nRSQB 1,401-1,402 \"]\"\nNEWLINE ->1,403\nENDMARKER 2,0-2,0",
    ),
    (
        "if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   x\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,1\nNAME 2,1-2,3 \"if\"\nNUMBER 2,4-2,5 \"1\"\nCOLON 2,5-2,6 \":\"\nNEWLINE ->2,7\nINDENT 3,0-3,2\nNAME 3,2-3,4 \"if\"\nNUMBER 3,5-3,6 \"1\"\nCOLON 3,6-3,7 \":\"\nNEWLINE ->3,8\nINDENT 4,0-4,3\nNAME 4,3-4,5 \"if\"\nNUMBER 4,6-4,7 \"1\"\nCOLON 4,7-4,8 \":\"\nNEWLINE ->4,9\nINDENT 5,0-5,4\nNAME 5,4-5,6 \"if\"\nNUMBER 5,7-5,8 \"1\"\nCOLON 5,8-5,9 \":\"\nNEWLINE ->5,10\nINDENT 6,0-6,5\nNAME 6,5-6,7 \"if\"\nNUMBER 6,8-6,9 \"1\"\nCOLON 6,9-6,10 \":\"\nNEWLINE ->6,11\nINDENT 7,0-7,6\nNAME 7,6-7,8 \"if\"\nNUMBER 7,9-7,10 \"1\"\nCOLON 7,10-7,11 \":\"\nNEWLINE ->7,12\nINDENT 8,0-8,7\nNAME 8,7-8,9 \"if\"\nNUMBER 8,10-8,11 \"1\"\nCOLON 8,11-8,12 \":\"\nNEWLINE ->8,13\nINDENT 9,0-9,8\nNAME 9,8-9,10 \"if\"\nNUMBER 9,11-9,12 \"1\"\nCOLON 9,12-9,13 \":\"\nNEWLINE ->9,14\nINDENT 10,0-10,9\nNAME 10,9-10,11 \"if\"\nNUMBER 10,12-10,13 \"1\"\nCOLON 10,13-10,14 \":\"\nNEWLINE ->10,15\nINDENT 11,0-11,10\nNAME 11,10-11,12 \"if\"\nNUMBER 11,13-11,14 \"1\"\nCOLON 11,14-11,15 \":\"\nNEWLINE ->11,16\nINDENT 12,0-12,11\nNAME 12,11-12,13 \"if\"\nNUMBER 12,14-12,15 \"1\"\nCOLON 12,15-12,16 \":\"\nNEWLINE ->12,17\nINDENT 13,0-13,12\nNAME 13,12-13,14 \"if\"\nNUMBER 13,15-13,16 \"1\"\nCOLON 13,16-13,17 \":\"\nNEWLINE ->13,18\nINDENT 14,0-14,13\nNAME 14,13-14,15 \"if\"\nNUMBER 14,16-14,17 \"1\"\nCOLON 14,17-14,18 \":\"\nNEWLINE ->14,19\nINDENT 15,0-15,14\nNAME 15,14-15,16 \"if\"\nNUMBER 15,17-15,18 \"1\"\nCOLON 15,18-15,19 \":\"\nNEWLINE ->15,20\nINDENT 16,0-16,15\nNAME 16,15-16,17 \"if\"\nNUMBER 16,18-16,19 \"1\"\nCOLON 16,19-16,20 \":\"\nNEWLINE ->16,21\nINDENT 17,0-17,16\nNAME 17,16-17,18 \"if\"\nNUMBER 17,19-17,20 \"1\"\nCOLON 17,20-17,21 \":\"\nNEWLINE ->17,22\nINDENT 18,0-18,17\nNAME 18,17-18,19 \"if\"\nNUMBER 18,20-18,21 \"1\"\nCOLON 18,21-18,22 \":\"\nNEWLINE ->18,23\nINDENT 19,0-19,18\nNAME 19,18-19,20 \"if\"\nNUMBER 19,21-19,22 \"1\"\nCOLON 19,22-19,23 \":\"\nNEWLINE ->19,24\nINDENT 20,0-20,19\nNAME 20,19-20,21 \"if\"\nNUMBER 20,22-20,23 \"1\"\nCOLON 20,23-20,24 \":\"\nNEWLINE ->20,25\nINDENT 21,0-21,20\nNAME 21,20-21,22 \"if\"\nNUMBER 21,23-21,24 \"1\"\nCOLON 21,24-21,25 \":\"\nNEWLINE ->21,26\nINDENT 22,0-22,21\nNAME 22,21-22,23 \"if\"\nNUMBER 22,24-22,25 \"1\"\nCOLON 22,25-22,26 \":\"\nNEWLINE ->22,27\nINDENT 23,0-23,22\nNAME 23,22-23,24 \"if\"\nNUMBER 23,25-23,26 \"1\"\nCOLON 23,26-23,27 \":\"\nNEWLINE ->23,28\nINDENT 24,0-24,23\nNAME 24,23-24,25 \"if\"\nNUMBER 24,26-24,27 \"1\"\nCOLON 24,27-24,28 \":\"\nNEWLINE ->24,29\nINDENT 25,0-25,24\nNAME 25,24-25,26 \"if\"\nNUMBER 25,27-25,28 \"1\"\nCOLON 25,28-25,29 \":\"\nNEWLINE ->25,30\nINDENT 26,0-26,25\nNAME 26,25-26,27 \"if\"\nNUMBER 26,28-26,29 \"1\"\nCOLON 26,29-26,30 \":\"\nNEWLINE ->26,31\nINDENT 27,0-27,26\nNAME 27,26-27,28 \"if\"\nNUMBER 27,29-27,30 \"1\"\nCOLON 27,30-27,31 \":\"\nNEWLINE ->27,32\nINDENT 28,0-28,27\nNAME 28,27-28,29 \"if\"\nNUMBER 28,30-28,31 \"1\"\nCOLON 28,31-28,32 \":\"\nNEWLINE ->28,33\nINDENT 29,0-29,28\nNAME 29,28-29,30 \"if\"\nNUMBER 29,31-29,32 \"1\"\nCOLON 29,32-29,33 \":\"\nNEWLINE ->29,34\nINDENT 30,0-30,29\nNAME 30,29-30,31 \"if\"\nNUMBER 30,32-30,33 \"1\"\nCOLON 30,33-30,34 \":\"\nNEWLINE ->30,35\nINDENT 31,0-31,30\nNAME 31,30-31,32 \"if\"\nNUMBER 31,33-31,34 \"1\"\nCOLON 31,34-31,35 \":\"\nNEWLINE ->31,36\nINDENT 32,0-32,31\nNAME 32,31-32,33 \"if\"\nNUMBER 32,34-32,35 \"1\"\nCOLON 32,35-32,36 \":\"\nNEWLINE ->32,37\nINDENT 33,0-33,32\nNAME 33,32-33,34 \"if\"\nNUMBER 33,35-33,36 \"1\"\nCOLON 33,36-33,37 \":\"\nNEWLINE ->33,38\nINDENT 34,0-34,33\nNAME 34,33-34,35 \"if\"\nNUMBER 34,36-34,37 \"1\"\nCOLON 34,37-34,38 \":\"\nNEWLINE ->34,39\nINDENT 35,0-35,34\nNAME 35,34-35,36 \"if\"\nNUMBER 35,37-35,38 \"1\"\nCOLON 35,38-35,39 \":\"\nNEWLINE ->35,40\nINDENT 36,0-36,35\nNAME 36,35-36,37 \"if\"\nNUMBER 36,38-36,39 \"1\"\nCOLON 36,39-36,40 \":\"\nNEWLINE ->36,41\nINDENT 37,0-37,36\nNAME 37,36-37,38 \"if\"\nNUMBER 37,39-37,40 \"1\"\nCOLON 37,40-37,41 \":\"\nNEWLINE ->37,42\nINDENT 38,0-38,37\nNAME 38,37-38,39 \"if\"\nNUMBER 38,40-38,41 \"1\"\nCOLON 38,41-38,42 \":\"\nNEWLINE ->38,43\nINDENT 39,0-39,38\nNAME 39,38-39,40 \"if\"\nNUMBER 39,41-39,42 \"1\"\nCOLON 39,42-39,43 \":\"\nNEWLINE ->39,44\nINDENT 40,0-40,39\nNAME 40,39-40,41 \"if\"\nNUMBER 40,42-40,43 \"1\"\nCOLON 40,43-40,44 \":\"\nNEWLINE ->40,45\nINDENT 41,0-41,40\nNAME 41,40-41,42 \"if\"\nNUMBER 41,43-41,44 \"1\"\nCOLON 41,44-41,45 \":\"\nNEWLINE ->41,46\nINDENT 42,0-42,41\nNAME 42,41-42,43 \"if\"\nNUMBER 42,44-42,45 \"1\"\nCOLON 42,45-42,46 \":\"\nNEWLINE ->42,47\nINDENT 43,0-43,42\nNAME 43,42-43,44 \"if\"\nNUMBER 43,45-43,46 \"1\"\nCOLON 43,46-43,47 \":\"\nNEWLINE ->43,48\nINDENT 44,0-44,43\nNAME 44,43-44,45 \"if\"\nNUMBER 44,46-44,47 \"1\"\nCOLON 44,47-44,48 \":\"\nNEWLINE ->44,49\nINDENT 45,0-45,44\nNAME 45,44-45,46 \"if\"\nNUMBER 45,47-45,48 \"1\"\nCOLON 45,48-45,49 \":\"\nNEWLINE ->45,50\nINDENT 46,0-46,45\nNAME 46,45-46,47 \"if\"\nNUMBER 46,48-46,49 \"1\"\nCOLON 46,49-46,50 \":\"\nNEWLINE ->46,51\nINDENT 47,0-47,46\nNAME 47,46-47,48 \"if\"\nNUMBER 47,49-47,50 \"1\"\nCOLON 47,50-47,51 \":\"\nNEWLINE ->47,52\nINDENT 48,0-48,47\nNAME 48,47-48,49 \"if\"\nNUMBER 48,50-48,51 \"1\"\nCOLON 48,51-48,52 \":\"\nNEWLINE ->48,53\nINDENT 49,0-49,48\nNAME 49,48-49,50 \"if\"\nNUMBER 49,51-49,52 \"1\"\nCOLON 49,52-49,53 \":\"\nNEWLINE ->49,54\nINDENT 50,0-50,49\nNAME 50,49-50,51 \"if\"\nNUMBER 50,52-50,53 \"1\"\nCOLON 50,53-50,54 \":\"\nNEWLINE ->50,55\nINDENT 51,0-51,50\nNAME 51,50-51,52 \"if\"\nNUMBER 51,53-51,54 \"1\"\nCOLON 51,54-51,55 \":\"\nNEWLINE ->51,56\nINDENT 52,0-52,51\nNAME 52,51-52,53 \"if\"\nNUMBER 52,54-52,55 \"1\"\nCOLON 52,55-52,56 \":\"\nNEWLINE ->52,57\nINDENT 53,0-53,52\nNAME 53,52-53,54 \"if\"\nNUMBER 53,55-53,56 \"1\"\nCOLON 53,56-53,57 \":\"\nNEWLINE ->53,58\nINDENT 54,0-54,53\nNAME 54,53-54,55 \"if\"\nNUMBER 54,56-54,57 \"1\"\nCOLON 54,57-54,58 \":\"\nNEWLINE ->54,59\nINDENT 55,0-55,54\nNAME 55,54-55,56 \"if\"\nNUMBER 55,57-55,58 \"1\"\nCOLON 55,58-55,59 \":\"\nNEWLINE ->55,60\nINDENT 56,0-56,55\nNAME 56,55-56,57 \"if\"\nNUMBER 56,58-56,59 \"1\"\nCOLON 56,59-56,60 \":\"\nNEWLINE ->56,61\nINDENT 57,0-57,56\nNAME 57,56-57,58 \"if\"\nNUMBER 57,59-57,60 \"1\"\nCOLON 57,60-57,61 \":\"\nNEWLINE ->57,62\nINDENT 58,0-58,57\nNAME 58,57-58,59 \"if\"\nNUMBER 58,60-58,61 \"1\"\nCOLON 58,61-58,62 \":\"\nNEWLINE ->58,63\nINDENT 59,0-59,58\nNAME 59,58-59,60 \"if\"\nNUMBER 59,61-59,62 \"1\"\nCOLON 59,62-59,63 \":\"\nNEWLINE ->59,64\nINDENT 60,0-60,59\nNAME 60,59-60,61 \"if\"\nNUMBER 60,62-60,63 \"1\"\nCOLON 60,63-60,64 \":\"\nNEWLINE ->60,65\nINDENT 61,0-61,60\nNAME 61,60-61,62 \"if\"\nNUMBER 61,63-61,64 \"1\"\nCOLON 61,64-61,65 \":\"\nNEWLINE ->61,66\nINDENT 62,0-62,61\nNAME 62,61-62,63 \"if\"\nNUMBER 62,64-62,65 \"1\"\nCOLON 62,65-62,66 \":\"\nNEWLINE ->62,67\nINDENT 63,0-63,62\nNAME 63,62-63,64 \"if\"\nNUMBER 63,65-63,66 \"1\"\nCOLON 63,66-63,67 \":\"\nNEWLINE ->63,68\nINDENT 64,0-64,63\nNAME 64,63-64,65 \"if\"\nNUMBER 64,66-64,67 \"1\"\nCOLON 64,67-64,68 \":\"\nNEWLINE ->64,69\nINDENT 65,0-65,64\nNAME 65,64-65,66 \"if\"\nNUMBER 65,67-65,68 \"1\"\nCOLON 65,68-65,69 \":\"\nNEWLINE ->65,70\nINDENT 66,0-66,65\nNAME 66,65-66,67 \"if\"\nNUMBER 66,68-66,69 \"1\"\nCOLON 66,69-66,70 \":\"\nNEWLINE ->66,71\nINDENT 67,0-67,66\nNAME 67,66-67,68 \"if\"\nNUMBER 67,69-67,70 \"1\"\nCOLON 67,70-67,71 \":\"\nNEWLINE ->67,72\nINDENT 68,0-68,67\nNAME 68,67-68,69 \"if\"\nNUMBER 68,70-68,71 \"1\"\nCOLON 68,71-68,72 \":\"\nNEWLINE ->68,73\nINDENT 69,0-69,68\nNAME 69,68-69,70 \"if\"\nNUMBER 69,71-69,72 \"1\"\nCOLON 69,72-69,73 \":\"\nNEWLINE ->69,74\nINDENT 70,0-70,69\nNAME 70,69-70,71 \"if\"\nNUMBER 70,72-70,73 \"1\"\nCOLON 70,73-70,74 \":\"\nNEWLINE ->70,75\nINDENT 71,0-71,70\nNAME 71,70-71,72 \"if\"\nNUMBER 71,73-71,74 \"1\"\nCOLON 71,74-71,75 \":\"\nNEWLINE ->71,76\nINDENT 72,0-72,71\nNAME 72,71-72,73 \"if\"\nNUMBER 72,74-72,75 \"1\"\nCOLON 72,75-72,76 \":\"\nNEWLINE ->72,77\nINDENT 73,0-73,72\nNAME 73,72-73,74 \"if\"\nNUMBER 73,75-73,76 \"1\"\nCOLON 73,76-73,77 \":\"\nNEWLINE ->73,78\nINDENT 74,0-74,73\nNAME 74,73-74,75 \"if\"\nNUMBER 74,76-74,77 \"1\"\nCOLON 74,77-74,78 \":\"\nNEWLINE ->74,79\nINDENT 75,0-75,74\nNAME 75,74-75,76 \"if\"\nNUMBER 75,77-75,78 \"1\"\nCOLON 75,78-75,79 \":\"\nNEWLINE ->75,80\nINDENT 76,0-76,75\nNAME 76,75-76,77 \"if\"\nNUMBER 76,78-76,79 \"1\"\nCOLON 76,79-76,80 \":\"\nNEWLINE ->76,81\nINDENT 77,0-77,76\nNAME 77,76-77,78 \"if\"\nNUMBER 77,79-77,80 \"1\"\nCOLON 77,80-77,81 \":\"\nNEWLINE ->77,82\nINDENT 78,0-78,77\nNAME 78,77-78,79 \"if\"\nNUMBER 78,80-78,81 \"1\"\nCOLON 78,81-78,82 \":\"\nNEWLINE ->78,83\nINDENT 79,0-79,78\nNAME 79,78-79,80 \"if\"\nNUMBER 79,81-79,82 \"1\"\nCOLON 79,82-79,83 \":\"\nNEWLINE ->79,84\nINDENT 80,0-80,79\nNAME 80,79-80,81 \"if\"\nNUMBER 80,82-80,83 \"1\"\nCOLON 80,83-80,84 \":\"\nNEWLINE ->80,85\nINDENT 81,0-81,80\nNAME 81,80-81,82 \"if\"\nNUMBER 81,83-81,84 \"1\"\nCOLON 81,84-81,85 \":\"\nNEWLINE ->81,86\nINDENT 82,0-82,81\nNAME 82,81-82,83 \"if\"\nNUMBER 82,84-82,85 \"1\"\nCOLON 82,85-82,86 \":\"\nNEWLINE ->82,87\nINDENT 83,0-83,82\nNAME 83,82-83,84 \"if\"\nNUMBER 83,85-83,86 \"1\"\nCOLON 83,86-83,87 \":\"\nNEWLINE ->83,88\nINDENT 84,0-84,83\nNAME 84,83-84,85 \"if\"\nNUMBER 84,86-84,87 \"1\"\nCOLON 84,87-84,88 \":\"\nNEWLINE ->84,89\nINDENT 85,0-85,84\nNAME 85,84-85,86 \"if\"\nNUMBER 85,87-85,88 \"1\"\nCOLON 85,88-85,89 \":\"\nNEWLINE ->85,90\nINDENT 86,0-86,85\nNAME 86,85-86,87 \"if\"\nNUMBER 86,88-86,89 \"1\"\nCOLON 86,89-86,90 \":\"\nNEWLINE ->86,91\nINDENT 87,0-87,86\nNAME 87,86-87,88 \"if\"\nNUMBER 87,89-87,90 \"1\"\nCOLON 87,90-87,91 \":\"\nNEWLINE ->87,92\nINDENT 88,0-88,87\nNAME 88,87-88,89 \"if\"\nNUMBER 88,90-88,91 \"1\"\nCOLON 88,91-88,92 \":\"\nNEWLINE ->88,93\nINDENT 89,0-89,88\nNAME 89,88-89,90 \"if\"\nNUMBER 89,91-89,92 \"1\"\nCOLON 89,92-89,93 \":\"\nNEWLINE ->89,94\nINDENT 90,0-90,89\nNAME 90,89-90,91 \"if\"\nNUMBER 90,92-90,93 \"1\"\nCOLON 90,93-90,94 \":\"\nNEWLINE ->90,95\nINDENT 91,0-91,90\nNAME 91,90-91,92 \"if\"\nNUMBER 91,93-91,94 \"1\"\nCOLON 91,94-91,95 \":\"\nNEWLINE ->91,96\nINDENT 92,0-92,91\nNAME 92,91-92,93 \"if\"\nNUMBER 92,94-92,95 \"1\"\nCOLON 92,95-92,96 \":\"\nNEWLINE ->92,97\nINDENT 93,0-93,92\nNAME 93,92-93,94 \"if\"\nNUMBER 93,95-93,96 \"1\"\nCOLON 93,96-93,97 \":\"\nNEWLINE ->93,98\nINDENT 94,0-94,93\nNAME 94,93-94,95 \"if\"\nNUMBER 94,96-94,97 \"1\"\nCOLON 94,97-94,98 \":\"\nNEWLINE ->94,99\nINDENT 95,0-95,94\nNAME 95,94-95,96 \"if\"\nNUMBER 95,97-95,98 \"1\"\nCOLON 95,98-95,99 \":\"\nNEWLINE ->95,100\nINDENT 96,0-96,95\nNAME 96,95-96,97 \"if\"\nNUMBER 96,98-96,99 \"1\"\nCOLON 96,99-96,100 \":\"\nNEWLINE ->96,101\nINDENT 97,0-97,96\nNAME 97,96-97,98 \"if\"\nNUMBER 97,99-97,100 \"1\"\nCOLON 97,100-97,101 \":\"\nNEWLINE ->97,102\nINDENT 98,0-98,97\nNAME 98,97-98,99 \"if\"\nNUMBER 98,100-98,101 \"1\"\nCOLON 98,101-98,102 \":\"\nNEWLINE ->98,103\nINDENT 99,0-99,98\nNAME 99,98-99,100 \"if\"\nNUMBER 99,101-99,102 \"1\"\nCOLON 99,102-99,103 \":\"\nNEWLINE ->99,104\nINDENT 100,0-100,99\nNAME 100,99-100,100 \"x\"\nNEWLINE ->100,101\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nDEDENT 101,0-101,0\nENDMARKER 101,0-101,0",
    ),
    (
        "f'{f'{f'{f'x'}'}'}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nFSTRING_START 1,3-1,5 \"f'\"\nLBRACE 1,5-1,6 \"{\"\nFSTRING_START 1,6-1,8 \"f'\"\nLBRACE 1,8-1,9 \"{\"\nFSTRING_START 1,9-1,11 \"f'\"\nFSTRING_MIDDLE 1,11-1,12 \"x\"\nFSTRING_END 1,12-1,13 \"'\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_END 1,14-1,15 \"'\"\nRBRACE 1,15-1,16 \"}\"\nFSTRING_END 1,16-1,17 \"'\"\nRBRACE 1,17-1,18 \"}\"\nFSTRING_END 1,18-1,19 \"'\"\nNEWLINE ->1,20\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1\n\n  \n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,6\nENDMARKER 4,0-4,0",
    ),
    (
        "x = 1\n  # comment\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,6\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 1 \\\n\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->2,1\nENDMARKER 3,0-3,0",
    ),
    (
        "x = (1 +\n\\\n2)",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLPAR 1,4-1,5 \"(\"\nNUMBER 1,5-1,6 \"1\"\nPLUS 1,7-1,8 \"+\"\nNUMBER 3,0-3,1 \"2\"\nRPAR 3,1-3,2 \")\"\nNEWLINE ->3,3\nENDMARKER 4,0-4,0",
    ),
    (
        "x = 1 +\\\n2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nPLUS 1,6-1,7 \"+\"\nNUMBER 2,0-2,1 \"2\"\nNEWLINE ->2,2\nENDMARKER 3,0-3,0",
    ),
    (
        "x = f'{1:{2:{3}}}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNUMBER 1,7-1,8 \"1\"\nCOLON 1,8-1,9 \":\"\nLBRACE 1,9-1,10 \"{\"\nNUMBER 1,10-1,11 \"2\"\nCOLON 1,11-1,12 \":\"\nLBRACE 1,12-1,13 \"{\"\nNUMBER 1,13-1,14 \"3\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_MIDDLE 1,15-1,15 \"\"\nRBRACE 1,15-1,16 \"}\"\nFSTRING_MIDDLE 1,16-1,16 \"\"\nRBRACE 1,16-1,17 \"}\"\nFSTRING_END 1,17-1,18 \"'\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
    (
        "x = f'{x:{{y}}}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nFSTRING_MIDDLE 1,9-1,9 \"\"\nLBRACE 1,9-1,10 \"{\"\nLBRACE 1,10-1,11 \"{\"\nNAME 1,11-1,12 \"y\"\nRBRACE 1,12-1,13 \"}\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_MIDDLE 1,14-1,14 \"\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "x = f'{x!r:{y}}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nEXCLAMATION 1,8-1,9 \"!\"\nNAME 1,9-1,10 \"r\"\nCOLON 1,10-1,11 \":\"\nLBRACE 1,11-1,12 \"{\"\nNAME 1,12-1,13 \"y\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_MIDDLE 1,14-1,14 \"\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "x = t'{x}' t'{y=}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nTSTRING_START 1,4-1,6 \"t'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nRBRACE 1,8-1,9 \"}\"\nTSTRING_END 1,9-1,10 \"'\"\nTSTRING_START 1,11-1,13 \"t'\"\nLBRACE 1,13-1,14 \"{\"\nNAME 1,14-1,15 \"y\"\nEQUAL 1,15-1,16 \"=\"\nRBRACE 1,16-1,17 \"}\"\nTSTRING_END 1,17-1,18 \"'\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\u{2028}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,9 \"'\u{2028}'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1 # ☃\ny = 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,12\nNAME 2,0-2,1 \"y\"\nEQUAL 2,2-2,3 \"=\"\nNUMBER 2,4-2,5 \"2\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    (
        "ﬁ = 1",
        "NAME 1,0-1,3 \"ﬁ\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = ℘",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,7 \"℘\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "a· = 1",
        "NAME 1,0-1,3 \"a·\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,32 \"𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"\nNEWLINE ->1,33\nENDMARKER 2,0-2,0",
    ),
    (
        "é = 1\nprint(é)",
        "NAME 1,0-1,2 \"é\"\nEQUAL 1,3-1,4 \"=\"\nNUMBER 1,5-1,6 \"1\"\nNEWLINE ->1,7\nNAME 2,0-2,5 \"print\"\nLPAR 2,5-2,6 \"(\"\nNAME 2,6-2,8 \"é\"\nRPAR 2,8-2,9 \")\"\nNEWLINE ->2,10\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 5 if 1else 3",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"5\"\nNAME 1,6-1,8 \"if\"\nNUMBER 1,9-1,10 \"1\"\nNAME 1,10-1,14 \"else\"\nNUMBER 1,15-1,16 \"3\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1.j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"1.j\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "\\\nx = 1",
        "NAME 2,0-2,1 \"x\"\nEQUAL 2,2-2,3 \"=\"\nNUMBER 2,4-2,5 \"1\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 1 \\\n  + 2\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nPLUS 2,2-2,3 \"+\"\nNUMBER 2,4-2,5 \"2\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    (
        "if 1:\n  \\\n  x\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 3,0-3,2\nNAME 3,2-3,3 \"x\"\nNEWLINE ->3,4\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n \\\n   x\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 3,0-3,3\nNAME 3,3-3,4 \"x\"\nNEWLINE ->3,5\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "x = [\n\\\n]\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLSQB 1,4-1,5 \"[\"\nRSQB 3,0-3,1 \"]\"\nNEWLINE ->3,2\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n\tx\n\ty\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,1\nNAME 2,1-2,2 \"x\"\nNEWLINE ->2,3\nNAME 3,1-3,2 \"y\"\nNEWLINE ->3,3\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n  x\n # comment\n  y\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,3 \"x\"\nNEWLINE ->2,4\nNAME 4,2-4,3 \"y\"\nNEWLINE ->4,4\nDEDENT 5,0-5,0\nENDMARKER 5,0-5,0",
    ),
    (
        "if 1:\n  x\n\n\n\n  y\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,3 \"x\"\nNEWLINE ->2,4\nNAME 6,2-6,3 \"y\"\nNEWLINE ->6,4\nDEDENT 7,0-7,0\nENDMARKER 7,0-7,0",
    ),
    (
        "if 1:\n  x\n\u{c}\n  y\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,3 \"x\"\nNEWLINE ->2,4\nNAME 4,2-4,3 \"y\"\nNEWLINE ->4,4\nDEDENT 5,0-5,0\nENDMARKER 5,0-5,0",
    ),
    (
        "\u{c}if 1:\n  x\n",
        "NAME 1,1-1,3 \"if\"\nNUMBER 1,4-1,5 \"1\"\nCOLON 1,5-1,6 \":\"\nNEWLINE ->1,7\nINDENT 2,0-2,2\nNAME 2,2-2,3 \"x\"\nNEWLINE ->2,4\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "if 1:\n\u{c}    x\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,5\nNAME 2,5-2,6 \"x\"\nNEWLINE ->2,7\nDEDENT 3,0-3,0\nENDMARKER 3,0-3,0",
    ),
    (
        "if 1:\n    x\n\u{c}    y\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,4\nNAME 2,4-2,5 \"x\"\nNEWLINE ->2,6\nNAME 3,5-3,6 \"y\"\nNEWLINE ->3,7\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "if 1:\n  if 2:\n    x\n  y\nz\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,4 \"if\"\nNUMBER 2,5-2,6 \"2\"\nCOLON 2,6-2,7 \":\"\nNEWLINE ->2,8\nINDENT 3,0-3,4\nNAME 3,4-3,5 \"x\"\nNEWLINE ->3,6\nDEDENT 4,2-4,2\nNAME 4,2-4,3 \"y\"\nNEWLINE ->4,4\nDEDENT 5,0-5,0\nNAME 5,0-5,1 \"z\"\nNEWLINE ->5,2\nENDMARKER 6,0-6,0",
    ),
    (
        "class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        pass\n# end\n",
        "NAME 1,0-1,5 \"class\"\nNAME 1,6-1,7 \"A\"\nCOLON 1,7-1,8 \":\"\nNEWLINE ->1,9\nINDENT 2,0-2,4\nNAME 2,4-2,7 \"def\"\nNAME 2,8-2,9 \"f\"\nLPAR 2,9-2,10 \"(\"\nNAME 2,10-2,14 \"self\"\nRPAR 2,14-2,15 \")\"\nCOLON 2,15-2,16 \":\"\nNEWLINE ->2,17\nINDENT 3,0-3,8\nNAME 3,8-3,14 \"return\"\nNUMBER 3,15-3,16 \"1\"\nNEWLINE ->3,17\nDEDENT 5,4-5,4\nNAME 5,4-5,7 \"def\"\nNAME 5,8-5,9 \"g\"\nLPAR 5,9-5,10 \"(\"\nNAME 5,10-5,14 \"self\"\nRPAR 5,14-5,15 \")\"\nCOLON 5,15-5,16 \":\"\nNEWLINE ->5,17\nINDENT 6,0-6,8\nNAME 6,8-6,12 \"pass\"\nNEWLINE ->6,13\nDEDENT 8,0-8,0\nDEDENT 8,0-8,0\nENDMARKER 8,0-8,0",
    ),
    (
        "f'{x!r}' f'{x!s:>10}' f'{x!a}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nEXCLAMATION 1,4-1,5 \"!\"\nNAME 1,5-1,6 \"r\"\nRBRACE 1,6-1,7 \"}\"\nFSTRING_END 1,7-1,8 \"'\"\nFSTRING_START 1,9-1,11 \"f'\"\nLBRACE 1,11-1,12 \"{\"\nNAME 1,12-1,13 \"x\"\nEXCLAMATION 1,13-1,14 \"!\"\nNAME 1,14-1,15 \"s\"\nCOLON 1,15-1,16 \":\"\nFSTRING_MIDDLE 1,16-1,19 \">10\"\nRBRACE 1,19-1,20 \"}\"\nFSTRING_END 1,20-1,21 \"'\"\nFSTRING_START 1,22-1,24 \"f'\"\nLBRACE 1,24-1,25 \"{\"\nNAME 1,25-1,26 \"x\"\nEXCLAMATION 1,26-1,27 \"!\"\nNAME 1,27-1,28 \"a\"\nRBRACE 1,28-1,29 \"}\"\nFSTRING_END 1,29-1,30 \"'\"\nNEWLINE ->1,31\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x:{y}.{z}f}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nRBRACE 1,7-1,8 \"}\"\nFSTRING_MIDDLE 1,8-1,9 \".\"\nLBRACE 1,9-1,10 \"{\"\nNAME 1,10-1,11 \"z\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_MIDDLE 1,12-1,13 \"f\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_END 1,14-1,15 \"'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{ x = }'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,4-1,5 \"x\"\nEQUAL 1,6-1,7 \"=\"\nRBRACE 1,8-1,9 \"}\"\nFSTRING_END 1,9-1,10 \"'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x=!r}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nEQUAL 1,4-1,5 \"=\"\nEXCLAMATION 1,5-1,6 \"!\"\nNAME 1,6-1,7 \"r\"\nRBRACE 1,7-1,8 \"}\"\nFSTRING_END 1,8-1,9 \"'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x=:.2f}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nEQUAL 1,4-1,5 \"=\"\nCOLON 1,5-1,6 \":\"\nFSTRING_MIDDLE 1,6-1,9 \".2f\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{\"a\" if x else \"b\"}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nSTRING 1,3-1,6 \"\\\"a\\\"\"\nNAME 1,7-1,9 \"if\"\nNAME 1,10-1,11 \"x\"\nNAME 1,12-1,16 \"else\"\nSTRING 1,17-1,20 \"\\\"b\\\"\"\nRBRACE 1,20-1,21 \"}\"\nFSTRING_END 1,21-1,22 \"'\"\nNEWLINE ->1,23\nENDMARKER 2,0-2,0",
    ),
    (
        "f\"{'a' 'b'}\"",
        "FSTRING_START 1,0-1,2 \"f\\\"\"\nLBRACE 1,2-1,3 \"{\"\nSTRING 1,3-1,6 \"'a'\"\nSTRING 1,7-1,10 \"'b'\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"\\\"\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x:%Y-%m-%d}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nFSTRING_MIDDLE 1,5-1,13 \"%Y-%m-%d\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_END 1,14-1,15 \"'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{{x}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,3 \"{\"\nFSTRING_MIDDLE 1,4-1,6 \"x}\"\nFSTRING_END 1,7-1,8 \"'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{{'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,3 \"{\"\nFSTRING_END 1,4-1,5 \"'\"\nNEWLINE ->1,6\nENDMARKER 2,0-2,0",
    ),
    (
        "f'}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,3 \"}\"\nFSTRING_END 1,4-1,5 \"'\"\nNEWLINE ->1,6\nENDMARKER 2,0-2,0",
    ),
    (
        "f'a{{}}b'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,4 \"a{\"\nFSTRING_MIDDLE 1,5-1,6 \"}\"\nFSTRING_MIDDLE 1,7-1,8 \"b\"\nFSTRING_END 1,8-1,9 \"'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "f'''{\nx\n}'''",
        "FSTRING_START 1,0-1,4 \"f'''\"\nLBRACE 1,4-1,5 \"{\"\nNAME 2,0-2,1 \"x\"\nRBRACE 3,0-3,1 \"}\"\nFSTRING_END 3,1-3,4 \"'''\"\nNEWLINE ->3,5\nENDMARKER 4,0-4,0",
    ),
    (
        "f'''{x:\n}'''",
        "FSTRING_START 1,0-1,4 \"f'''\"\nLBRACE 1,4-1,5 \"{\"\nNAME 1,5-1,6 \"x\"\nCOLON 1,6-1,7 \":\"\nFSTRING_MIDDLE 1,7-2,0 \"\\n\"\nRBRACE 2,0-2,1 \"}\"\nFSTRING_END 2,1-2,4 \"'''\"\nNEWLINE ->2,5\nENDMARKER 3,0-3,0",
    ),
    (
        "f'{x}' 'y' f'z'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nRBRACE 1,4-1,5 \"}\"\nFSTRING_END 1,5-1,6 \"'\"\nSTRING 1,7-1,10 \"'y'\"\nFSTRING_START 1,11-1,13 \"f'\"\nFSTRING_MIDDLE 1,13-1,14 \"z\"\nFSTRING_END 1,14-1,15 \"'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x}{y}{z}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nRBRACE 1,4-1,5 \"}\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nRBRACE 1,7-1,8 \"}\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"z\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"'\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "f''",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_END 1,2-1,3 \"'\"\nNEWLINE ->1,4\nENDMARKER 2,0-2,0",
    ),
    (
        "f''''''",
        "FSTRING_START 1,0-1,4 \"f'''\"\nFSTRING_END 1,4-1,7 \"'''\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x}\\n{y}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nRBRACE 1,4-1,5 \"}\"\nFSTRING_MIDDLE 1,5-1,7 \"\\\\n\"\nLBRACE 1,7-1,8 \"{\"\nNAME 1,8-1,9 \"y\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "rf'\\{x}'",
        "FSTRING_START 1,0-1,3 \"rf'\"\nFSTRING_MIDDLE 1,3-1,4 \"\\\\\"\nLBRACE 1,4-1,5 \"{\"\nNAME 1,5-1,6 \"x\"\nRBRACE 1,6-1,7 \"}\"\nFSTRING_END 1,7-1,8 \"'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "fr'{x}\\d'",
        "FSTRING_START 1,0-1,3 \"fr'\"\nLBRACE 1,3-1,4 \"{\"\nNAME 1,4-1,5 \"x\"\nRBRACE 1,5-1,6 \"}\"\nFSTRING_MIDDLE 1,6-1,8 \"\\\\d\"\nFSTRING_END 1,8-1,9 \"'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "f'\\x41{x}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,6 \"\\\\x41\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nRBRACE 1,8-1,9 \"}\"\nFSTRING_END 1,9-1,10 \"'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "f'\\\\{x}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,4 \"\\\\\\\\\"\nLBRACE 1,4-1,5 \"{\"\nNAME 1,5-1,6 \"x\"\nRBRACE 1,6-1,7 \"}\"\nFSTRING_END 1,7-1,8 \"'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "f'\\u00e9{x}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,8 \"\\\\u00e9\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"x\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"'\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "f'\\N{DIGIT ONE}{x}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nFSTRING_MIDDLE 1,2-1,15 \"\\\\N{DIGIT ONE}\"\nLBRACE 1,15-1,16 \"{\"\nNAME 1,16-1,17 \"x\"\nRBRACE 1,17-1,18 \"}\"\nFSTRING_END 1,18-1,19 \"'\"\nNEWLINE ->1,20\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x:{y:{z}}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nCOLON 1,7-1,8 \":\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"z\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_MIDDLE 1,11-1,11 \"\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_MIDDLE 1,12-1,12 \"\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_END 1,13-1,14 \"'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{f\"{x}\"}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nFSTRING_START 1,3-1,5 \"f\\\"\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"x\"\nRBRACE 1,7-1,8 \"}\"\nFSTRING_END 1,8-1,9 \"\\\"\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{f'{x}'}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nFSTRING_START 1,3-1,5 \"f'\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"x\"\nRBRACE 1,7-1,8 \"}\"\nFSTRING_END 1,8-1,9 \"'\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "f\"{f'{f\"{x}\"}'}\"",
        "FSTRING_START 1,0-1,2 \"f\\\"\"\nLBRACE 1,2-1,3 \"{\"\nFSTRING_START 1,3-1,5 \"f'\"\nLBRACE 1,5-1,6 \"{\"\nFSTRING_START 1,6-1,8 \"f\\\"\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"x\"\nRBRACE 1,10-1,11 \"}\"\nFSTRING_END 1,11-1,12 \"\\\"\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_END 1,13-1,14 \"'\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"\\\"\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x[\"a\"]}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nLSQB 1,4-1,5 \"[\"\nSTRING 1,5-1,8 \"\\\"a\\\"\"\nRSQB 1,8-1,9 \"]\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x[0]:>{w}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nLSQB 1,4-1,5 \"[\"\nNUMBER 1,5-1,6 \"0\"\nRSQB 1,6-1,7 \"]\"\nCOLON 1,7-1,8 \":\"\nFSTRING_MIDDLE 1,8-1,9 \">\"\nLBRACE 1,9-1,10 \"{\"\nNAME 1,10-1,11 \"w\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_MIDDLE 1,12-1,12 \"\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_END 1,13-1,14 \"'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{(lambda: 1)()}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nLPAR 1,3-1,4 \"(\"\nNAME 1,4-1,10 \"lambda\"\nCOLON 1,10-1,11 \":\"\nNUMBER 1,12-1,13 \"1\"\nRPAR 1,13-1,14 \")\"\nLPAR 1,14-1,15 \"(\"\nRPAR 1,15-1,16 \")\"\nRBRACE 1,16-1,17 \"}\"\nFSTRING_END 1,17-1,18 \"'\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x,}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOMMA 1,4-1,5 \",\"\nRBRACE 1,5-1,6 \"}\"\nFSTRING_END 1,6-1,7 \"'\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{*x,}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nSTAR 1,3-1,4 \"*\"\nNAME 1,4-1,5 \"x\"\nCOMMA 1,5-1,6 \",\"\nRBRACE 1,6-1,7 \"}\"\nFSTRING_END 1,7-1,8 \"'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x:=10}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nFSTRING_MIDDLE 1,5-1,8 \"=10\"\nRBRACE 1,8-1,9 \"}\"\nFSTRING_END 1,9-1,10 \"'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{ {1: 2}[1] }'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nLBRACE 1,4-1,5 \"{\"\nNUMBER 1,5-1,6 \"1\"\nCOLON 1,6-1,7 \":\"\nNUMBER 1,8-1,9 \"2\"\nRBRACE 1,9-1,10 \"}\"\nLSQB 1,10-1,11 \"[\"\nNUMBER 1,11-1,12 \"1\"\nRSQB 1,12-1,13 \"]\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{ {1, 2} }'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nLBRACE 1,4-1,5 \"{\"\nNUMBER 1,5-1,6 \"1\"\nCOMMA 1,6-1,7 \",\"\nNUMBER 1,8-1,9 \"2\"\nRBRACE 1,9-1,10 \"}\"\nRBRACE 1,11-1,12 \"}\"\nFSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "t'{x}'",
        "TSTRING_START 1,0-1,2 \"t'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nRBRACE 1,4-1,5 \"}\"\nTSTRING_END 1,5-1,6 \"'\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "t'{x!r:>{w}}'",
        "TSTRING_START 1,0-1,2 \"t'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nEXCLAMATION 1,4-1,5 \"!\"\nNAME 1,5-1,6 \"r\"\nCOLON 1,6-1,7 \":\"\nTSTRING_MIDDLE 1,7-1,8 \">\"\nLBRACE 1,8-1,9 \"{\"\nNAME 1,9-1,10 \"w\"\nRBRACE 1,10-1,11 \"}\"\nTSTRING_MIDDLE 1,11-1,11 \"\"\nRBRACE 1,11-1,12 \"}\"\nTSTRING_END 1,12-1,13 \"'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "t'{x=}'",
        "TSTRING_START 1,0-1,2 \"t'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nEQUAL 1,4-1,5 \"=\"\nRBRACE 1,5-1,6 \"}\"\nTSTRING_END 1,6-1,7 \"'\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "tr'{x}\\d'",
        "TSTRING_START 1,0-1,3 \"tr'\"\nLBRACE 1,3-1,4 \"{\"\nNAME 1,4-1,5 \"x\"\nRBRACE 1,5-1,6 \"}\"\nTSTRING_MIDDLE 1,6-1,8 \"\\\\d\"\nTSTRING_END 1,8-1,9 \"'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "T'''{x}\n'''",
        "TSTRING_START 1,0-1,4 \"T'''\"\nLBRACE 1,4-1,5 \"{\"\nNAME 1,5-1,6 \"x\"\nRBRACE 1,6-1,7 \"}\"\nTSTRING_MIDDLE 1,7-2,0 \"\\n\"\nTSTRING_END 2,0-2,3 \"'''\"\nNEWLINE ->2,4\nENDMARKER 3,0-3,0",
    ),
    (
        "t'{{}}'",
        "TSTRING_START 1,0-1,2 \"t'\"\nTSTRING_MIDDLE 1,2-1,3 \"{\"\nTSTRING_MIDDLE 1,4-1,5 \"}\"\nTSTRING_END 1,6-1,7 \"'\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "t'a' t'b'",
        "TSTRING_START 1,0-1,2 \"t'\"\nTSTRING_MIDDLE 1,2-1,3 \"a\"\nTSTRING_END 1,3-1,4 \"'\"\nTSTRING_START 1,5-1,7 \"t'\"\nTSTRING_MIDDLE 1,7-1,8 \"b\"\nTSTRING_END 1,8-1,9 \"'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = f'{x:}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nFSTRING_MIDDLE 1,9-1,9 \"\"\nRBRACE 1,9-1,10 \"}\"\nFSTRING_END 1,10-1,11 \"'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "f'{x:{y!r:{z}}}'",
        "FSTRING_START 1,0-1,2 \"f'\"\nLBRACE 1,2-1,3 \"{\"\nNAME 1,3-1,4 \"x\"\nCOLON 1,4-1,5 \":\"\nLBRACE 1,5-1,6 \"{\"\nNAME 1,6-1,7 \"y\"\nEXCLAMATION 1,7-1,8 \"!\"\nNAME 1,8-1,9 \"r\"\nCOLON 1,9-1,10 \":\"\nLBRACE 1,10-1,11 \"{\"\nNAME 1,11-1,12 \"z\"\nRBRACE 1,12-1,13 \"}\"\nFSTRING_MIDDLE 1,13-1,13 \"\"\nRBRACE 1,13-1,14 \"}\"\nFSTRING_MIDDLE 1,14-1,14 \"\"\nRBRACE 1,14-1,15 \"}\"\nFSTRING_END 1,15-1,16 \"'\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "x = b'\\xff\\x00'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,15 \"b'\\\\xff\\\\x00'\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "x = rb'\\''",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"rb'\\\\''\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{DIGIT ONE}\\N{digit one}\\N{Digit One}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,45 \"'\\\\N{DIGIT ONE}\\\\N{digit one}\\\\N{Digit One}'\"\nNEWLINE ->1,46\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{LATIN SMALL LETTER A WITH ACUTE}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,41 \"'\\\\N{LATIN SMALL LETTER A WITH ACUTE}'\"\nNEWLINE ->1,42\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{BYTE ORDER MARK}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,25 \"'\\\\N{BYTE ORDER MARK}'\"\nNEWLINE ->1,26\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{ZWNJ}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,14 \"'\\\\N{ZWNJ}'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{ZERO WIDTH NO-BREAK SPACE}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,35 \"'\\\\N{ZERO WIDTH NO-BREAK SPACE}'\"\nNEWLINE ->1,36\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{HANGUL SYLLABLE GAG}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,29 \"'\\\\N{HANGUL SYLLABLE GAG}'\"\nNEWLINE ->1,30\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,37 \"'\\\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'\"\nNEWLINE ->1,38\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\8'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,8 \"'\\\\8'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\9'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,8 \"'\\\\9'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\400'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'\\\\400'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = b'\\400'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,11 \"b'\\\\400'\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\0'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,8 \"'\\\\0'\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\08'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,9 \"'\\\\08'\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\1\\2'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'\\\\1\\\\2'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\ud800'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,12 \"'\\\\ud800'\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '''\n\n\\d'''",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-3,5 \"'''\\n\\n\\\\d'''\"\nNEWLINE ->3,6\nENDMARKER 4,0-4,0",
    ),
    (
        "x = '''a\n\\d\n\\q'''",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-3,5 \"'''a\\n\\\\d\\n\\\\q'''\"\nNEWLINE ->3,6\nENDMARKER 4,0-4,0",
    ),
    (
        "x = 'ä\\d'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,10 \"'ä\\\\d'\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 'ää\\777'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,14 \"'ää\\\\777'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "é = 1",
        "NAME 1,0-1,2 \"é\"\nEQUAL 1,3-1,4 \"=\"\nNUMBER 1,5-1,6 \"1\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "É = 1",
        "NAME 1,0-1,2 \"É\"\nEQUAL 1,3-1,4 \"=\"\nNUMBER 1,5-1,6 \"1\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "ﬁ = 1",
        "NAME 1,0-1,3 \"ﬁ\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = ℌ",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,7 \"ℌ\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "ⅰ = 1",
        "NAME 1,0-1,3 \"ⅰ\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "_é = 1",
        "NAME 1,0-1,3 \"_é\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "é_ = 1",
        "NAME 1,0-1,3 \"é_\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "é = 1",
        "NAME 1,0-1,3 \"é\"\nEQUAL 1,4-1,5 \"=\"\nNUMBER 1,6-1,7 \"1\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = Ⅰ",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,7 \"Ⅰ\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1 if y else\\\n 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNAME 1,6-1,8 \"if\"\nNAME 1,9-1,10 \"y\"\nNAME 1,11-1,15 \"else\"\nNUMBER 2,1-2,2 \"2\"\nNEWLINE ->2,3\nENDMARKER 3,0-3,0",
    ),
    (
        "x = (yield)",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLPAR 1,4-1,5 \"(\"\nNAME 1,5-1,10 \"yield\"\nRPAR 1,10-1,11 \")\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "async def f(): await x",
        "NAME 1,0-1,5 \"async\"\nNAME 1,6-1,9 \"def\"\nNAME 1,10-1,11 \"f\"\nLPAR 1,11-1,12 \"(\"\nRPAR 1,12-1,13 \")\"\nCOLON 1,13-1,14 \":\"\nNAME 1,15-1,20 \"await\"\nNAME 1,21-1,22 \"x\"\nNEWLINE ->1,23\nENDMARKER 2,0-2,0",
    ),
    (
        "x = not_",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,8 \"not_\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0if 1 else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"0\"\nNAME 1,5-1,7 \"if\"\nNUMBER 1,8-1,9 \"1\"\nNAME 1,10-1,14 \"else\"\nNUMBER 1,15-1,16 \"2\"\nNEWLINE ->1,17\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1_2_3",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"1_2_3\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0x_a_b",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,10 \"0x_a_b\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0b_1",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0b_1\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0o_7",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0o_7\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1e1_0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"1e1_0\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1.5e-1_0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,12 \"1.5e-1_0\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1_0j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"1_0j\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = .0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \".0\"\nNEWLINE ->1,7\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0.e0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0.e0\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1E5J",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"1E5J\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0x1E5",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"0x1E5\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0x1e+5",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"0x1e\"\nPLUS 1,8-1,9 \"+\"\nNUMBER 1,9-1,10 \"5\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 08.0",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"08.0\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 08j",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"08j\"\nNEWLINE ->1,8\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 08e1",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"08e1\"\nNEWLINE ->1,9\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 000.5",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,9 \"000.5\"\nNEWLINE ->1,10\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0b1if 1 else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"0b1\"\nNAME 1,7-1,9 \"if\"\nNUMBER 1,10-1,11 \"1\"\nNAME 1,12-1,16 \"else\"\nNUMBER 1,17-1,18 \"2\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1.5if 1 else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"1.5\"\nNAME 1,7-1,9 \"if\"\nNUMBER 1,10-1,11 \"1\"\nNAME 1,12-1,16 \"else\"\nNUMBER 1,17-1,18 \"2\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1jor 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \"1j\"\nNAME 1,6-1,8 \"or\"\nNUMBER 1,9-1,10 \"2\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1.e1if 1 else 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,8 \"1.e1\"\nNAME 1,8-1,10 \"if\"\nNUMBER 1,11-1,12 \"1\"\nNAME 1,13-1,17 \"else\"\nNUMBER 1,18-1,19 \"2\"\nNEWLINE ->1,20\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1 .real",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nDOT 1,6-1,7 \".\"\nNAME 1,7-1,11 \"real\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1j.imag",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,6 \"1j\"\nDOT 1,6-1,7 \".\"\nNAME 1,7-1,11 \"imag\"\nNEWLINE ->1,12\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 0x1.real",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"0x1\"\nDOT 1,7-1,8 \".\"\nNAME 1,8-1,12 \"real\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = 1e5.real",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,7 \"1e5\"\nDOT 1,7-1,8 \".\"\nNAME 1,8-1,12 \"real\"\nNEWLINE ->1,13\nENDMARKER 2,0-2,0",
    ),
    (
        "x = (1,)\n[2]\n{3}\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLPAR 1,4-1,5 \"(\"\nNUMBER 1,5-1,6 \"1\"\nCOMMA 1,6-1,7 \",\"\nRPAR 1,7-1,8 \")\"\nNEWLINE ->1,9\nLSQB 2,0-2,1 \"[\"\nNUMBER 2,1-2,2 \"2\"\nRSQB 2,2-2,3 \"]\"\nNEWLINE ->2,4\nLBRACE 3,0-3,1 \"{\"\nNUMBER 3,1-3,2 \"3\"\nRBRACE 3,2-3,3 \"}\"\nNEWLINE ->3,4\nENDMARKER 4,0-4,0",
    ),
    (
        "x = {\n'a': 1,\n}\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLBRACE 1,4-1,5 \"{\"\nSTRING 2,0-2,3 \"'a'\"\nCOLON 2,3-2,4 \":\"\nNUMBER 2,5-2,6 \"1\"\nCOMMA 2,6-2,7 \",\"\nRBRACE 3,0-3,1 \"}\"\nNEWLINE ->3,2\nENDMARKER 4,0-4,0",
    ),
    (
        "x = a[\n1:2,\n::3]\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,5 \"a\"\nLSQB 1,5-1,6 \"[\"\nNUMBER 2,0-2,1 \"1\"\nCOLON 2,1-2,2 \":\"\nNUMBER 2,2-2,3 \"2\"\nCOMMA 2,3-2,4 \",\"\nCOLON 3,0-3,1 \":\"\nCOLON 3,1-3,2 \":\"\nNUMBER 3,2-3,3 \"3\"\nRSQB 3,3-3,4 \"]\"\nNEWLINE ->3,5\nENDMARKER 4,0-4,0",
    ),
    (
        "x = a @ b\nx @= c\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,5 \"a\"\nAT 1,6-1,7 \"@\"\nNAME 1,8-1,9 \"b\"\nNEWLINE ->1,10\nNAME 2,0-2,1 \"x\"\nATEQUAL 2,2-2,4 \"@=\"\nNAME 2,5-2,6 \"c\"\nNEWLINE ->2,7\nENDMARKER 3,0-3,0",
    ),
    (
        "x = ~a ^ b | c & d << e >> f\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nTILDE 1,4-1,5 \"~\"\nNAME 1,5-1,6 \"a\"\nCIRCUMFLEX 1,7-1,8 \"^\"\nNAME 1,9-1,10 \"b\"\nVBAR 1,11-1,12 \"|\"\nNAME 1,13-1,14 \"c\"\nAMPER 1,15-1,16 \"&\"\nNAME 1,17-1,18 \"d\"\nLEFTSHIFT 1,19-1,21 \"<<\"\nNAME 1,22-1,23 \"e\"\nRIGHTSHIFT 1,24-1,26 \">>\"\nNAME 1,27-1,28 \"f\"\nNEWLINE ->1,29\nENDMARKER 2,0-2,0",
    ),
    (
        "print(*a, **b)",
        "NAME 1,0-1,5 \"print\"\nLPAR 1,5-1,6 \"(\"\nSTAR 1,6-1,7 \"*\"\nNAME 1,7-1,8 \"a\"\nCOMMA 1,8-1,9 \",\"\nDOUBLESTAR 1,10-1,12 \"**\"\nNAME 1,12-1,13 \"b\"\nRPAR 1,13-1,14 \")\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "x = a if b else c",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNAME 1,4-1,5 \"a\"\nNAME 1,6-1,8 \"if\"\nNAME 1,9-1,10 \"b\"\nNAME 1,11-1,15 \"else\"\nNAME 1,16-1,17 \"c\"\nNEWLINE ->1,18\nENDMARKER 2,0-2,0",
    ),
    (
        "lambda: (yield)",
        "NAME 1,0-1,6 \"lambda\"\nCOLON 1,6-1,7 \":\"\nLPAR 1,8-1,9 \"(\"\nNAME 1,9-1,14 \"yield\"\nRPAR 1,14-1,15 \")\"\nNEWLINE ->1,16\nENDMARKER 2,0-2,0",
    ),
    (
        "x: int = 1",
        "NAME 1,0-1,1 \"x\"\nCOLON 1,1-1,2 \":\"\nNAME 1,3-1,6 \"int\"\nEQUAL 1,7-1,8 \"=\"\nNUMBER 1,9-1,10 \"1\"\nNEWLINE ->1,11\nENDMARKER 2,0-2,0",
    ),
    (
        "def f() -> int: pass",
        "NAME 1,0-1,3 \"def\"\nNAME 1,4-1,5 \"f\"\nLPAR 1,5-1,6 \"(\"\nRPAR 1,6-1,7 \")\"\nRARROW 1,8-1,10 \"->\"\nNAME 1,11-1,14 \"int\"\nCOLON 1,14-1,15 \":\"\nNAME 1,16-1,20 \"pass\"\nNEWLINE ->1,21\nENDMARKER 2,0-2,0",
    ),
    (
        "match = 1\ncase = 2\ntype = 3\n_ = 4\n",
        "NAME 1,0-1,5 \"match\"\nEQUAL 1,6-1,7 \"=\"\nNUMBER 1,8-1,9 \"1\"\nNEWLINE ->1,10\nNAME 2,0-2,4 \"case\"\nEQUAL 2,5-2,6 \"=\"\nNUMBER 2,7-2,8 \"2\"\nNEWLINE ->2,9\nNAME 3,0-3,4 \"type\"\nEQUAL 3,5-3,6 \"=\"\nNUMBER 3,7-3,8 \"3\"\nNEWLINE ->3,9\nNAME 4,0-4,1 \"_\"\nEQUAL 4,2-4,3 \"=\"\nNUMBER 4,4-4,5 \"4\"\nNEWLINE ->4,6\nENDMARKER 5,0-5,0",
    ),
    (
        "x = 'a' \\\n 'b'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,7 \"'a'\"\nSTRING 2,1-2,4 \"'b'\"\nNEWLINE ->2,5\nENDMARKER 3,0-3,0",
    ),
    (
        "x = 1 # comment \\\ny = 2",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,18\nNAME 2,0-2,1 \"y\"\nEQUAL 2,2-2,3 \"=\"\nNUMBER 2,4-2,5 \"2\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    (
        "# coding: latin-1\nx = 1\n",
        "NAME 2,0-2,1 \"x\"\nEQUAL 2,2-2,3 \"=\"\nNUMBER 2,4-2,5 \"1\"\nNEWLINE ->2,6\nENDMARKER 3,0-3,0",
    ),
    ("#!/usr/bin/env python\n", "ENDMARKER 2,0-2,0"),
    (
        "x = 1\n\n\n\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nNUMBER 1,4-1,5 \"1\"\nNEWLINE ->1,6\nENDMARKER 5,0-5,0",
    ),
    ("\n\n\n", "ENDMARKER 4,0-4,0"),
    ("   \n   \n", "ENDMARKER 3,0-3,0"),
    ("# c\n   # c\n", "ENDMARKER 3,0-3,0"),
    (
        "if 1:\n  x\n   # c\n",
        "NAME 1,0-1,2 \"if\"\nNUMBER 1,3-1,4 \"1\"\nCOLON 1,4-1,5 \":\"\nNEWLINE ->1,6\nINDENT 2,0-2,2\nNAME 2,2-2,3 \"x\"\nNEWLINE ->2,4\nDEDENT 4,0-4,0\nENDMARKER 4,0-4,0",
    ),
    (
        "x = (\n  # c\n  1)\n",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nLPAR 1,4-1,5 \"(\"\nNUMBER 3,2-3,3 \"1\"\nRPAR 3,3-3,4 \")\"\nNEWLINE ->3,5\nENDMARKER 4,0-4,0",
    ),
    (
        "x = '''\\\n'''",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-2,3 \"'''\\\\\\n'''\"\nNEWLINE ->2,4\nENDMARKER 3,0-3,0",
    ),
    (
        "x = f'{x:\\\n}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nFSTRING_START 1,4-1,6 \"f'\"\nLBRACE 1,6-1,7 \"{\"\nNAME 1,7-1,8 \"x\"\nCOLON 1,8-1,9 \":\"\nFSTRING_MIDDLE 1,9-2,0 \"\\\\\\n\"\nRBRACE 2,0-2,1 \"}\"\nFSTRING_END 2,1-2,2 \"'\"\nNEWLINE ->2,3\nENDMARKER 3,0-3,0",
    ),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-04E00}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,37 \"'\\\\N{CJK UNIFIED IDEOGRAPH-04E00}'\"\nNEWLINE ->1,38\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,37 \"'\\\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'\"\nNEWLINE ->1,38\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,42 \"'\\\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'\"\nNEWLINE ->1,43\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{cjk compatibility ideograph-f900}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,42 \"'\\\\N{cjk compatibility ideograph-f900}'\"\nNEWLINE ->1,43\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,45 \"'\\\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'\"\nNEWLINE ->1,46\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{null}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,14 \"'\\\\N{null}'\"\nNEWLINE ->1,15\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{nul}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,13 \"'\\\\N{nul}'\"\nNEWLINE ->1,14\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{LATIN CAPITAL LETTER GHA}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,34 \"'\\\\N{LATIN CAPITAL LETTER GHA}'\"\nNEWLINE ->1,35\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{latin capital letter gha}'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,34 \"'\\\\N{latin capital letter gha}'\"\nNEWLINE ->1,35\nENDMARKER 2,0-2,0",
    ),
    (
        "x = '\\N{EM DASH}x'",
        "NAME 1,0-1,1 \"x\"\nEQUAL 1,2-1,3 \"=\"\nSTRING 1,4-1,18 \"'\\\\N{EM DASH}x'\"\nNEWLINE ->1,19\nENDMARKER 2,0-2,0",
    ),
];

/// `compile(src, 'x.py', 'exec', PyCF_ONLY_AST)`: OK or `Type: msg @ line,offset-end_line,end_offset`,
/// then one `WARN` line per SyntaxWarning. Only cases whose outcome the lexical layer decides.
pub(super) const COMPILE_CASES: &[(&str, &str)] = &[
    (
        "a = 'abc",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "a = \"\"\"abc",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("(1,", "SyntaxError: '(' was never closed @ 1,1-1,0"),
    (
        "x = 0777",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,6",
    ),
    (
        "x = 1if 1else 2",
        "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1\n  WARN SyntaxWarning: invalid decimal literal @ 1",
    ),
    (
        "'\\d'",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 1",
    ),
    (
        "if x:\n    a\n  b",
        "IndentationError: unindent does not match any outer indentation level @ 3,4-3,-1",
    ),
    (
        "if x:\n    a\n  b = 1",
        "IndentationError: unindent does not match any outer indentation level @ 3,8-3,-1",
    ),
    (
        "if x:\n\ta\n        b",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "x = 1 \\ y",
        "SyntaxError: unexpected character after line continuation character @ 1,8-1,0",
    ),
    (
        "x = 1\ny = 2 \\ y",
        "SyntaxError: unexpected character after line continuation character @ 2,8-2,0",
    ),
    ("x = \\", "SyntaxError: unexpected EOF while parsing @ 1,6-1,-1"),
    ("x = (1,\n  2", "SyntaxError: '(' was never closed @ 1,5-1,0"),
    ("f\"{x", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    ("f\"{x\"", "SyntaxError: f-string: expecting '}' @ 1,5-1,5"),
    (
        "f\"abc",
        "SyntaxError: unterminated f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "f\"\"\"abc",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "'''abc\ndef\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @ 1,1-1,1",
    ),
    ("x = 1 €", "SyntaxError: invalid character '€' (U+20AC) @ 1,7-1,7"),
    ("x = )", "SyntaxError: unmatched ')' @ 1,5-1,5"),
    (
        "x = (]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1,6-1,6",
    ),
    (
        "x = (\n]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 2,1-2,1",
    ),
    ("f\"{x)}\"", "SyntaxError: f-string: unmatched ')' @ 1,5-1,5"),
    ("f\"}\"", "SyntaxError: f-string: single '}' is not allowed @ 1,3-1,3"),
    (
        "x = 'a\\'",
        "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @ 1,5-1,5",
    ),
    ("x = 0x", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    ("x = 0o8", "SyntaxError: invalid digit '8' in octal literal @ 1,7-1,7"),
    ("x = 1_", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 1e+", "SyntaxError: invalid decimal literal @ 1,7-1,7"),
    ("x = 1.5j2", "SyntaxError: invalid imaginary literal @ 1,8-1,8"),
    ("x = 1abc", "SyntaxError: invalid decimal literal @ 1,5-1,5"),
    ("x = 0b12", "SyntaxError: invalid digit '2' in binary literal @ 1,8-1,8"),
    ("ü = ab€c", "SyntaxError: invalid character '€' (U+20AC) @ 1,7-1,7"),
    ("ub\"\"", "SyntaxError: 'u' and 'b' prefixes are incompatible @ 1,1-1,3"),
    ("f\"{x:{y:{z}}}\"", "OK"),
    (
        "f\"{x:{y:{z:{w}}}}\"",
        "SyntaxError: f-string: expressions nested too deeply @ 1,11-1,11",
    ),
    ("x = (1 # c", "SyntaxError: '(' was never closed @ 1,5-1,0"),
    (
        "if x:\n    pass\n  # c\n    y\n z\n",
        "IndentationError: unindent does not match any outer indentation level @ 5,3-5,-1",
    ),
    (
        "x = 'abc\\x4'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \\xXX escape @ 1,5-1,13",
    ),
    (
        "x = b'ä'",
        "SyntaxError: bytes can only contain ASCII literal characters @ 1,5-1,9",
    ),
    (
        "x = '\\777'",
        "OK\n  WARN SyntaxWarning: \"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option. @ 1",
    ),
    (
        "x = b'\\777'",
        "OK\n  WARN SyntaxWarning: \"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option. @ 1",
    ),
    (
        "x = 'ab\\d'",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 1",
    ),
    (
        "x = b'ab\\d'",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 1",
    ),
    (
        "x = f'ab\\d{x}'",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 1",
    ),
    (
        "x = f'ab\\{x}'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    (
        "x = '''\nab\\q'''",
        "OK\n  WARN SyntaxWarning: \"\\q\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\q\"? A raw string is also an option. @ 2",
    ),
    (
        "x = f'{x:\n}'",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,10-1,10",
    ),
    (
        "x = f'{x!r:\n}'",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,12-1,12",
    ),
    ("x = f'{'", "SyntaxError: f-string: expecting '}' @ 1,8-1,8"),
    ("x = f'{x=!r:>10}'", "OK"),
    ("x = 1__0", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    (
        "x = 0_7",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,7",
    ),
    ("x = 09.5", "OK"),
    ("x = 1e", "SyntaxError: invalid decimal literal @ 1,5-1,5"),
    ("x = 1.e5j", "OK"),
    ("x = 0b", "SyntaxError: invalid binary literal @ 1,6-1,6"),
    ("x = 0o", "SyntaxError: invalid octal literal @ 1,6-1,6"),
    ("x = 0x_", "SyntaxError: invalid hexadecimal literal @ 1,7-1,7"),
    ("x = 0xg", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    (
        "x = 0x1for x in y",
        "OK\n  WARN SyntaxWarning: invalid hexadecimal literal @ 1",
    ),
    (
        "x = [0x1for x in y]",
        "OK\n  WARN SyntaxWarning: invalid hexadecimal literal @ 1",
    ),
    ("x = 1_000j", "OK"),
    ("x = 0b1_", "SyntaxError: invalid binary literal @ 1,8-1,8"),
    (
        "x = \u{a0}",
        "SyntaxError: invalid non-printable character U+00A0 @ 1,5-1,5",
    ),
    (
        "x\u{a0}= 1",
        "SyntaxError: invalid non-printable character U+00A0 @ 1,2-1,2",
    ),
    (
        "x = \u{1}",
        "SyntaxError: invalid non-printable character U+0001 @ 1,5-1,5",
    ),
    (
        "x = 1\n\u{1}",
        "SyntaxError: invalid non-printable character U+0001 @ 2,1-2,1",
    ),
    ("a = 'ab\\\ncd'", "OK"),
    (
        "if 1:\n  x\n\t\ty",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "x = (\n\n\n]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 4,1-4,1",
    ),
    (
        "rb'\\q' + br'ä'",
        "SyntaxError: bytes can only contain ASCII literal characters @ 1,10-1,15",
    ),
    (
        "x = u'a' + U'b' + uR'c'",
        "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,19-1,21",
    ),
    ("f'{x:{y!r}}'", "OK"),
    ("x = 1 if 1 else 2 in 3", "OK"),
    ("x = 1in y", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("x = 1or 2", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("x = 1and 2", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("x = 1not in y", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("x = 0b1or 1", "OK\n  WARN SyntaxWarning: invalid binary literal @ 1"),
    (
        "x = 1jif 1 else 2",
        "OK\n  WARN SyntaxWarning: invalid imaginary literal @ 1",
    ),
    ("x = 1_000_000.000_001e1_0j", "OK"),
    ("x = .5j + 5. + 1e-3 + 1E+3", "OK"),
    ("x = 0O17 + 0B1 + 0X1F", "OK"),
    ("x = 00000", "OK"),
    ("x = 0_0", "OK"),
    ("x = 0e0", "OK"),
    ("x = 01e0", "OK"),
    ("x = 01j", "OK"),
    ("x = 0.", "OK"),
    ("x = 1..real", "OK"),
    ("x = 1.__class__", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = ...", "OK"),
    ("x = [1, 2\n    , 3]", "OK"),
    ("def f():\n    return 1\n\n\n", "OK"),
    ("class A:\n\tdef f(self):\n\t\tpass\n", "OK"),
    (
        "if 1:\n        x\n    y",
        "IndentationError: unindent does not match any outer indentation level @ 3,6-3,-1",
    ),
    ("if 1:\n  \u{c}  x\n", "OK"),
    (
        "if 1:\n    x\n\u{c}  y\n",
        "IndentationError: unindent does not match any outer indentation level @ 3,5-3,-1",
    ),
    ("x = 1;\n", "OK"),
    ("x = \"\"\"a\n\nb\"\"\" + 'c'", "OK"),
    ("s = r'\\'' + r\"\\\"\"", "OK"),
    ("s = b'\\x41' B'\\101' rB'\\x'", "OK"),
    ("s = f'{a!r}' F'{b:>{c}}' fR'{d}\\n' Rf'x'", "OK"),
    ("s = t'{a}' T'b' tr'c' Rt'{d!s:3}'", "OK"),
    ("s = f'{f'{f'{1}'}'}'", "OK"),
    ("s = f\"{'\\n'.join(x)}\"", "OK"),
    ("s = f'{x:{\"a\"}}'", "OK"),
    ("s = f\"\"\"{x\n# comment\n}\"\"\"", "OK"),
    ("s = f'{x # comment}'", "SyntaxError: '{' was never closed @ 1,7-1,0"),
    ("s = f'{{}}'", "OK"),
    ("s = f'{{{x}}}'", "OK"),
    ("s = f'}}{{'", "OK"),
    ("s = f'a\\N{BULLET}b{x}'", "OK"),
    ("s = f'\\N{BULLET}'", "OK"),
    ("s = rf'\\N{BULLET}{x}'", "OK"),
    ("s = f'{x:\\N{BULLET}}'", "OK"),
    ("s = f'{x = }'", "OK"),
    ("s = f'{x=:>10}'", "OK"),
    ("s = f'{x!=y}'", "OK"),
    ("s = f'{x:=y}'", "OK"),
    ("s = f'{(x:=y)}'", "OK"),
    ("s = f'{x:{y}{z}}'", "OK"),
    ("s = f'''{x:\n>10}'''", "OK"),
    ("s = f'{x\n}'", "OK"),
    ("s = f'''a\nb{x}c\nd'''", "OK"),
    (
        "s = f'\\{x}'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    (
        "s = f'\\}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,8-1,8\n  WARN SyntaxWarning: \"\\}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\}\"? A raw string is also an option. @ 1",
    ),
    (
        "s = f'{x}\\'",
        "SyntaxError: unterminated f-string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("s = f'{\"\"\"a\n\"\"\"}'", "OK"),
    ("s = 'a' 'b' f'c'", "OK"),
    ("s = \"\"\"a\\\\\"\"\"", "OK"),
    ("s = '\\\\\\\\'", "OK"),
    ("x = 'a\\\nb'", "OK"),
    ("x = \"\"\"\n\"\"\"", "OK"),
    (
        "\\ux = 1",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    ("x = 1 \\\n+ 2", "OK"),
    ("if True:\n    x = (1,\n2)\n    y = 2\n", "OK"),
    ("@decorator\ndef f(): pass\n", "OK"),
    ("try:\n  pass\nexcept* E:\n  pass\n", "OK"),
    ("match x:\n  case 1: pass\n", "OK"),
    ("type X = int\n", "OK"),
    ("x = 1 # comment\n# another\n\n", "OK"),
    ("\n\n\nx = 1\n\n", "OK"),
    ("    \n  # c\nx = 1\n", "OK"),
    ("#!/bin/python\n# coding: latin-1\n", "OK"),
    ("", "OK"),
    ("\n", "OK"),
    ("# only comment", "OK"),
    ("x", "OK"),
    ("if 1:\n  pass", "OK"),
    ("if 1:\n  pass\n", "OK"),
    ("if 1:\n  if 2:\n    pass", "OK"),
    ("if 1:\n  pass\n  ", "OK"),
    (
        "x = '''a\nb",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @ 1,5-1,5",
    ),
    (
        "x = f'''a\nb{x}",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 2) @ 1,5-1,5",
    ),
    ("x = f'''a\nb{x", "SyntaxError: '{' was never closed @ 2,2-2,0"),
    (
        "x = f'{x:abc",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,13-1,13",
    ),
    ("x = f'{x!r", "SyntaxError: '{' was never closed @ 1,7-1,0"),
    ("x = (\n1,\n", "SyntaxError: '(' was never closed @ 1,5-1,0"),
    ("x = [1,\n(2,\n", "SyntaxError: '(' was never closed @ 2,1-2,0"),
    ("x = (\n)\n)", "SyntaxError: unmatched ')' @ 3,1-3,1"),
    (
        "def f(\n  a,\n  b\n]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 4,1-4,1",
    ),
    (
        "x = '\\N{foo}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name @ 1,5-1,14",
    ),
    ("x = '\\N{EM DASH}'", "OK"),
    (
        "x = 'ä\\x4'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape @ 1,5-1,11",
    ),
    (
        "if 1:\n\tx\n        y\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "if 1:\n        x\n\ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "if 1:\n    x\n\ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "if 1:\n\tx\n    \ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
        "SyntaxError: too many nested parentheses @ 1,201-1,201",
    ),
    (
        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
        "SyntaxError: '(' was never closed @ 1,200-1,0",
    ),
    (
        "x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "OK",
    ),
    (
        "if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    if 1:\n                                                                                                     x\n",
        "IndentationError: too many levels of indentation @ 101,1-101,0",
    ),
    (
        "if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   x\n",
        "OK",
    ),
    ("f'{f'{f'{f'x'}'}'}'", "OK"),
    ("x = 1\n\n  \n", "OK"),
    ("x = 1\n  # comment\n", "OK"),
    ("x = 1 \\\n\n", "OK"),
    (
        "x = 'abc\\",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("x = (1 +\n\\\n2)", "OK"),
    ("x = 1 +\\\n2", "OK"),
    ("x = f'{1:{2:{3}}}'", "OK"),
    (
        "x = f'{1:{2:{3:{4}}}}'",
        "SyntaxError: f-string: expressions nested too deeply @ 1,15-1,15",
    ),
    ("x = f'{x:{{y}}}'", "OK"),
    ("x = f'{x!r:{y}}'", "OK"),
    ("x = t'{x}' t'{y=}'", "OK"),
    (
        "x = 1\u{2028}y",
        "SyntaxError: invalid non-printable character U+2028 @ 1,6-1,6",
    ),
    ("x = '\u{2028}'", "OK"),
    ("x = 1 # ☃\ny = 2", "OK"),
    ("ﬁ = 1", "OK"),
    ("x = ℘", "OK"),
    ("x = ·a", "SyntaxError: invalid character '·' (U+00B7) @ 1,5-1,5"),
    ("a· = 1", "OK"),
    ("x = 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "OK"),
    ("é = 1\nprint(é)", "OK"),
    ("x = 0b1e", "SyntaxError: invalid binary literal @ 1,7-1,7"),
    ("x = 1_e5", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 1e5_", "SyntaxError: invalid decimal literal @ 1,8-1,8"),
    ("x = 1.5_", "SyntaxError: invalid decimal literal @ 1,8-1,8"),
    ("x = 1._5", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 1_.5", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 0_x1", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 0x_1_", "SyntaxError: invalid hexadecimal literal @ 1,9-1,9"),
    ("x = 1__", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    (
        "x = 5 if 1else 3",
        "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1",
    ),
    ("x = 1.e", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 1.j", "OK"),
    ("x = 1ej", "SyntaxError: invalid decimal literal @ 1,5-1,5"),
    ("x = 1e1j1", "SyntaxError: invalid imaginary literal @ 1,8-1,8"),
    (
        "x = 09",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,6",
    ),
    (
        "x = 0_9",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,7",
    ),
    (
        "x = 00_9",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,8",
    ),
    ("x = 0.9e", "SyntaxError: invalid decimal literal @ 1,7-1,7"),
    ("\\\nx = 1", "OK"),
    ("x = 1 \\\n  + 2\n", "OK"),
    ("if 1:\n  \\\n  x\n", "OK"),
    ("if 1:\n \\\n   x\n", "OK"),
    (
        "if 1:\n    x\n  \\\n    y\n",
        "IndentationError: unindent does not match any outer indentation level @ 4,6-4,-1",
    ),
    ("x = 1\\\n", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    ("x = 1\\", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    ("\\", "SyntaxError: unexpected EOF while parsing @ 1,2-1,-1"),
    ("\\\n", "SyntaxError: unexpected EOF while parsing @ 1,2-1,-1"),
    ("\\\n\\\n", "SyntaxError: unexpected EOF while parsing @ 2,2-2,-1"),
    ("x = [\n\\\n]\n", "OK"),
    ("if 1:\n\tx\n\ty\n", "OK"),
    (
        "if 1:\n    \tx\n\ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "if 1:\n \tx\n\t y\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "if 1:\n\t\tx\n\t        y\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    ("if 1:\n  x\n # comment\n  y\n", "OK"),
    ("if 1:\n  x\n\n\n\n  y\n", "OK"),
    ("if 1:\n  x\n\u{c}\n  y\n", "OK"),
    ("\u{c}if 1:\n  x\n", "OK"),
    ("if 1:\n\u{c}    x\n", "OK"),
    ("if 1:\n    x\n\u{c}    y\n", "OK"),
    ("if 1:\n  if 2:\n    x\n  y\nz\n", "OK"),
    (
        "class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        pass\n# end\n",
        "OK",
    ),
    ("f'{x!r}' f'{x!s:>10}' f'{x!a}'", "OK"),
    ("f'{x:{y}.{z}f}'", "OK"),
    ("f'{ x = }'", "OK"),
    ("f'{x=!r}'", "OK"),
    ("f'{x=:.2f}'", "OK"),
    ("f'{\"a\" if x else \"b\"}'", "OK"),
    ("f\"{'a' 'b'}\"", "OK"),
    ("f'{x:%Y-%m-%d}'", "OK"),
    ("f'{{x}}'", "OK"),
    ("f'{{'", "OK"),
    ("f'}}'", "OK"),
    ("f'a{{}}b'", "OK"),
    ("f'''{\nx\n}'''", "OK"),
    ("f'''{x:\n}'''", "OK"),
    ("f'{x}' 'y' f'z'", "OK"),
    ("f'{x}{y}{z}'", "OK"),
    ("f''", "OK"),
    ("f''''''", "OK"),
    ("f'{x}\\n{y}'", "OK"),
    ("rf'\\{x}'", "OK"),
    ("fr'{x}\\d'", "OK"),
    ("f'\\x41{x}'", "OK"),
    ("f'\\\\{x}'", "OK"),
    ("f'\\u00e9{x}'", "OK"),
    ("f'\\N{DIGIT ONE}{x}'", "OK"),
    ("f'{x:{y:{z}}}'", "OK"),
    ("f'{f\"{x}\"}'", "OK"),
    ("f'{f'{x}'}'", "OK"),
    ("f\"{f'{f\"{x}\"}'}\"", "OK"),
    ("f'{x[\"a\"]}'", "OK"),
    ("f'{x[0]:>{w}}'", "OK"),
    ("f'{(lambda: 1)()}'", "OK"),
    ("f'{x,}'", "OK"),
    ("f'{*x,}'", "OK"),
    ("f'{x:=10}'", "OK"),
    ("f'{ {1: 2}[1] }'", "OK"),
    ("f'{ {1, 2} }'", "OK"),
    ("t'{x}'", "OK"),
    ("t'{x!r:>{w}}'", "OK"),
    ("t'{x=}'", "OK"),
    ("tr'{x}\\d'", "OK"),
    ("T'''{x}\n'''", "OK"),
    ("t'{{}}'", "OK"),
    ("t'a' t'b'", "OK"),
    ("x = f'{x:{'", "SyntaxError: f-string: expecting '}' @ 1,11-1,11"),
    ("x = f'{x!'", "SyntaxError: f-string: expecting '}' @ 1,10-1,10"),
    ("x = f'{x:}'", "OK"),
    ("x = f'{'", "SyntaxError: f-string: expecting '}' @ 1,8-1,8"),
    ("x = f'{x'", "SyntaxError: f-string: expecting '}' @ 1,9-1,9"),
    (
        "x = f'{x}}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,10-1,10",
    ),
    (
        "x = f'{{x}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,10-1,10",
    ),
    ("x = f'{x)'", "SyntaxError: f-string: unmatched ')' @ 1,9-1,9"),
    ("x = f'{x]'", "SyntaxError: f-string: unmatched ']' @ 1,9-1,9"),
    ("x = f'{x'\n", "SyntaxError: f-string: expecting '}' @ 1,9-1,9"),
    (
        "x = f\"\"\"{x\n\"\"\"",
        "SyntaxError: f-string: expecting '}' @ 2,1-2,1",
    ),
    ("x = t'{x'", "SyntaxError: t-string: expecting '}' @ 1,9-1,9"),
    ("x = t'}'", "SyntaxError: t-string: single '}' is not allowed @ 1,7-1,7"),
    (
        "x = f'{x:{y:{z:{w}}}}'",
        "SyntaxError: f-string: expressions nested too deeply @ 1,15-1,15",
    ),
    ("f'{x:{y!r:{z}}}'", "OK"),
    (
        "x = 'a\\\n",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "x = \"abc\\\"",
        "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @ 1,5-1,5",
    ),
    (
        "x = '''abc\\'''",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("x = b'\\xff\\x00'", "OK"),
    (
        "x = br'\\'",
        "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @ 1,5-1,5",
    ),
    ("x = rb'\\''", "OK"),
    (
        "x = u'\\N{DASH}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name @ 1,5-1,16",
    ),
    ("x = '\\N{DIGIT ONE}\\N{digit one}\\N{Digit One}'", "OK"),
    ("x = '\\N{LATIN SMALL LETTER A WITH ACUTE}'", "OK"),
    ("x = '\\N{BYTE ORDER MARK}'", "OK"),
    ("x = '\\N{ZWNJ}'", "OK"),
    (
        "x = '\\N{LATIN SMALL LETTER-A}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name @ 1,5-1,31",
    ),
    (
        "x = '\\N{LATINSMALLLETTERA}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name @ 1,5-1,28",
    ),
    (
        "x = '\\N{latin_small_letter_a}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name @ 1,5-1,31",
    ),
    ("x = '\\N{ZERO WIDTH NO-BREAK SPACE}'", "OK"),
    ("x = '\\N{HANGUL SYLLABLE GAG}'", "OK"),
    ("x = '\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'", "OK"),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-2A6E0}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name @ 1,5-1,38",
    ),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name @ 1,5-1,37",
    ),
    (
        "x = '\\8'",
        "OK\n  WARN SyntaxWarning: \"\\8\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\8\"? A raw string is also an option. @ 1",
    ),
    (
        "x = '\\9'",
        "OK\n  WARN SyntaxWarning: \"\\9\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\9\"? A raw string is also an option. @ 1",
    ),
    (
        "x = '\\400'",
        "OK\n  WARN SyntaxWarning: \"\\400\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\400\"? A raw string is also an option. @ 1",
    ),
    (
        "x = b'\\400'",
        "OK\n  WARN SyntaxWarning: \"\\400\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\400\"? A raw string is also an option. @ 1",
    ),
    ("x = '\\0'", "OK"),
    ("x = '\\08'", "OK"),
    ("x = '\\1\\2'", "OK"),
    (
        "x = '\\x'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape @ 1,5-1,9",
    ),
    (
        "x = '\\xg0'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape @ 1,5-1,11",
    ),
    (
        "x = '\\u'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\uXXXX escape @ 1,5-1,9",
    ),
    (
        "x = '\\U1234567'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape @ 1,5-1,16",
    ),
    (
        "x = '\\U12345678'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character @ 1,5-1,17",
    ),
    ("x = '\\ud800'", "OK"),
    (
        "x = '''\n\n\\d'''",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 3",
    ),
    (
        "x = '''a\n\\d\n\\q'''",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 2",
    ),
    (
        "x = 'ä\\d'",
        "OK\n  WARN SyntaxWarning: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option. @ 1",
    ),
    (
        "x = 'ää\\777'",
        "OK\n  WARN SyntaxWarning: \"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option. @ 1",
    ),
    ("é = 1", "OK"),
    ("É = 1", "OK"),
    ("ﬁ = 1", "OK"),
    ("x = ℌ", "OK"),
    ("ⅰ = 1", "OK"),
    ("_é = 1", "OK"),
    ("é_ = 1", "OK"),
    ("é = 1", "OK"),
    ("x = ²", "SyntaxError: invalid character '²' (U+00B2) @ 1,5-1,5"),
    ("x² = 1", "SyntaxError: invalid character '²' (U+00B2) @ 1,2-1,2"),
    ("x = Ⅰ", "OK"),
    (
        "x = a\u{200b}b",
        "SyntaxError: invalid non-printable character U+200B @ 1,6-1,6",
    ),
    ("x = ٠", "SyntaxError: invalid character '٠' (U+0660) @ 1,5-1,5"),
    ("٠x = 1", "SyntaxError: invalid character '٠' (U+0660) @ 1,1-1,1"),
    ("x = 1٠", "SyntaxError: invalid character '٠' (U+0660) @ 1,6-1,6"),
    ("x = '€' + €", "SyntaxError: invalid character '€' (U+20AC) @ 1,11-1,11"),
    ("x = 1 ‹ 2", "SyntaxError: invalid character '‹' (U+2039) @ 1,7-1,7"),
    ("x = ⁄", "SyntaxError: invalid character '⁄' (U+2044) @ 1,5-1,5"),
    (
        "x = \u{3000}",
        "SyntaxError: invalid non-printable character U+3000 @ 1,5-1,5",
    ),
    ("x = 1 if y else\\\n 2", "OK"),
    ("x = (yield)", "OK"),
    ("async def f(): await x", "OK"),
    ("x = not_", "OK"),
    (
        "x = 0if 1 else 2",
        "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1",
    ),
    ("x = 1_2_3", "OK"),
    ("x = 0x_a_b", "OK"),
    ("x = 0b_1", "OK"),
    ("x = 0o_7", "OK"),
    ("x = 1e1_0", "OK"),
    ("x = 1.5e-1_0", "OK"),
    ("x = 1_0j", "OK"),
    ("x = .0", "OK"),
    ("x = 0.e0", "OK"),
    ("x = 1E5J", "OK"),
    ("x = 0x1E5", "OK"),
    ("x = 0x1e+5", "OK"),
    ("x = 1.0e", "SyntaxError: invalid decimal literal @ 1,7-1,7"),
    ("x = 1.0e+", "SyntaxError: invalid decimal literal @ 1,9-1,9"),
    ("x = 1.0e+j", "SyntaxError: invalid decimal literal @ 1,9-1,9"),
    ("x = 0_", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 0__0", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 08.0", "OK"),
    ("x = 08j", "OK"),
    ("x = 08e1", "OK"),
    ("x = 000.5", "OK"),
    ("x = 0o", "SyntaxError: invalid octal literal @ 1,6-1,6"),
    ("x = 0o_", "SyntaxError: invalid octal literal @ 1,7-1,7"),
    ("x = 0b2", "SyntaxError: invalid digit '2' in binary literal @ 1,7-1,7"),
    ("x = 0b_2", "SyntaxError: invalid digit '2' in binary literal @ 1,8-1,8"),
    ("x = 0xZ", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    ("x = 0X", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    ("x = 1_if", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 0x1and 2", "SyntaxError: invalid hexadecimal literal @ 1,8-1,8"),
    (
        "x = 0b1if 1 else 2",
        "OK\n  WARN SyntaxWarning: invalid binary literal @ 1",
    ),
    (
        "x = 1.5if 1 else 2",
        "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1",
    ),
    ("x = 1jor 2", "OK\n  WARN SyntaxWarning: invalid imaginary literal @ 1"),
    (
        "x = 1.e1if 1 else 2",
        "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1",
    ),
    ("x = 1 .real", "OK"),
    ("x = 1.real", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("x = 1j.imag", "OK"),
    ("x = 0x1.real", "OK"),
    ("x = 1e5.real", "OK"),
    ("x = (1,)\n[2]\n{3}\n", "OK"),
    ("x = {\n'a': 1,\n}\n", "OK"),
    ("x = a[\n1:2,\n::3]\n", "OK"),
    ("x = a @ b\nx @= c\n", "OK"),
    ("x = ~a ^ b | c & d << e >> f\n", "OK"),
    ("print(*a, **b)", "OK"),
    ("x = a if b else c", "OK"),
    ("lambda: (yield)", "OK"),
    ("x: int = 1", "OK"),
    ("def f() -> int: pass", "OK"),
    ("match = 1\ncase = 2\ntype = 3\n_ = 4\n", "OK"),
    ("x = 'a' \\\n 'b'", "OK"),
    ("x = 1 # comment \\\ny = 2", "OK"),
    ("# coding: latin-1\nx = 1\n", "OK"),
    ("#!/usr/bin/env python\n", "OK"),
    ("x = 1\n\n\n\n", "OK"),
    ("\n\n\n", "OK"),
    ("   \n   \n", "OK"),
    ("# c\n   # c\n", "OK"),
    ("if 1:\n  x\n   # c\n", "OK"),
    ("x = (\n  # c\n  1)\n", "OK"),
    ("x = '''\\\n'''", "OK"),
    (
        "x = 'a\\\\\nb'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("x = f'{x:\\\n}'", "OK"),
    (
        "x = '\\N{hangul syllable ga}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name @ 1,5-1,29",
    ),
    (
        "x = '\\N{HANGUL SYLLABLE ga}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name @ 1,5-1,29",
    ),
    (
        "x = '\\N{hangul syllable GA}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name @ 1,5-1,29",
    ),
    (
        "x = '\\N{cjk unified ideograph-4E00}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name @ 1,5-1,37",
    ),
    ("x = '\\N{CJK UNIFIED IDEOGRAPH-04E00}'", "OK"),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-4E0}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-28: unknown Unicode character name @ 1,5-1,36",
    ),
    ("x = '\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'", "OK"),
    (
        "x = '\\N{CJK UNIFIED IDEOGRAPH-F900}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name @ 1,5-1,37",
    ),
    ("x = '\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "OK"),
    ("x = '\\N{cjk compatibility ideograph-f900}'", "OK"),
    (
        "x = '\\N{TANGUT IDEOGRAPH-17000}'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name @ 1,5-1,33",
    ),
    ("x = '\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'", "OK"),
    ("x = '\\N{null}'", "OK"),
    ("x = '\\N{nul}'", "OK"),
    ("x = '\\N{LATIN CAPITAL LETTER GHA}'", "OK"),
    ("x = '\\N{latin capital letter gha}'", "OK"),
    (
        "x = '\\N{SPACE }'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: unknown Unicode character name @ 1,5-1,17",
    ),
    ("x = '\\N{EM DASH}x'", "OK"),
    (
        "é = 0777",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,6-1,7",
    ),
    (
        "é = ub\"\"",
        "SyntaxError: 'u' and 'b' prefixes are incompatible @ 1,6-1,8",
    ),
    (
        "éé = 0_7 + 1",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,8-1,10",
    ),
    (
        "# ééé\né = 1 + 0777",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 2,10-2,11",
    ),
    (
        "x = 0777",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,5-1,6",
    ),
    (
        "ü = rb'' + bt''",
        "SyntaxError: 'b' and 't' prefixes are incompatible @ 1,13-1,15",
    ),
    (
        "ä = (1, ft'x')",
        "SyntaxError: 'f' and 't' prefixes are incompatible @ 1,10-1,12",
    ),
];

/// `compile(bytes, 'x.py', 'exec', PyCF_ONLY_AST)` for source-decoding cases (the same
/// notation). CJK codecs are a known gap and left out.
pub(super) const BYTES_CASES: &[(&[u8], &str)] = &[
    (
        b"x = 1\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
    (
        b"x = '\xc3\xa4\xff'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,7-1,7",
    ),
    (b"# -*- coding: latin-1 -*-\nx = '\xff'\n", "OK"),
    (
        b"# coding: foo\nx = 1\n",
        "SyntaxError: unknown encoding: foo @ 0,-1-None,None",
    ),
    (
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        "SyntaxError: encoding problem: iso-8859-1 with BOM @ 1,0-1,17",
    ),
    (b"\xef\xbb\xbf# coding: utf-8\nx = 1\n", "OK"),
    (
        b"\xef\xbb\xbf# coding: utf8\nx = 1\n",
        "SyntaxError: encoding problem: utf8 with BOM @ 1,0-1,14",
    ),
    (
        b"#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx = '\xff'\n",
        "SyntaxError: 'ascii' codec can't decode byte 0xff in position 55: ordinal not in range(128) @ 0,-1-None,None",
    ),
    (
        b"x = 1\n# coding: latin-1\nx = '\xff'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 3,6-3,6",
    ),
    (b"\n# coding: cp1252\nx = '\x80'\n", "OK"),
    (
        b"# coding: ascii\nx = '\xc3\xa4'\n",
        "SyntaxError: 'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128) @ 0,-1-None,None",
    ),
    (
        b"# coding: utf-8\nx = '\xff'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,6-2,6",
    ),
    (b"# coding=utf_8_sig\nx = 1\n", "OK"),
    (b"x = 1\r\ny = '''a\r\nb'''\r", "OK"),
    (b"\xef\xbb\xbfx = 1\n", "OK"),
    (
        b"\\\n# coding: latin-1\nx = '\xff'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 3,6-3,6",
    ),
    (
        b"x = '\xed\xa0\x80'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xed' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,6-1,6",
    ),
    (
        b"# coding: utf8\nx = '\xff'\n",
        "SyntaxError: 'utf-8' codec can't decode byte 0xff in position 20: invalid start byte @ 0,-1-None,None",
    ),
    (
        b"# coding: utf8\nx = '\xe4\xbd'\n",
        "SyntaxError: 'utf-8' codec can't decode bytes in position 20-21: invalid continuation byte @ 0,-1-None,None",
    ),
    (
        b"# coding: utf8\nx = '\xe4\xbdx'\n",
        "SyntaxError: 'utf-8' codec can't decode bytes in position 20-21: invalid continuation byte @ 0,-1-None,None",
    ),
    (b"# coding: UTF8\nx = '\xc3\xa4'\n", "OK"),
    (b"# coding: Latin-1\n\xff\n", "OK"),
    (
        b"# coding: iso_8859_15\n\xa4\n",
        "SyntaxError: invalid character '€' (U+20AC) @ 2,1-2,1",
    ),
    (
        b"# coding: cp1252\r\nx = '\x81'\r\n",
        "SyntaxError: 'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined> @ 0,-1-None,None",
    ),
    (b"# coding: latin1\nx = 1\n", "OK"),
    (b"#coding:latin-1\n\xff\n", "OK"),
    (
        b"# coding : latin-1\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
    (b"# -*- coding: utf-8 -*-\n", "OK"),
    (b"   # coding: latin-1\n\xff\n", "OK"),
    (
        b"x = 1 # coding: latin-1\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
    (b"\x0c# coding: latin-1\n\xff\n", "OK"),
    (
        b"#\n#\n# coding: latin-1\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 4, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 4,1-4,1",
    ),
    (b"# c\n  # coding: latin-1\n\xff\n", "OK"),
    (b"# coding: latin-1", "OK"),
    (b"# coding:", "OK"),
    (
        b"# coding: \n\xff",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
    (b"# coding: koi8-r\n\xc1\n", "OK"),
    (b"# coding: mac-roman\n\x80\n", "OK"),
    (b"# coding: cp437\n\x80\n", "OK"),
    (b"# coding: ISO-8859-1\n\xff\n", "OK"),
    (
        b"# coding: windows-1252\n\x80\n",
        "SyntaxError: invalid character '€' (U+20AC) @ 2,1-2,1",
    ),
    (
        b"# coding: us-ascii\n\x80\n",
        "SyntaxError: 'ascii' codec can't decode byte 0x80 in position 19: ordinal not in range(128) @ 0,-1-None,None",
    ),
    (
        b"\xef\xbb\xbf\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,1-1,1",
    ),
    (
        b"\xef\xbb",
        "SyntaxError: Non-UTF-8 code starting with '\\xef' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,1-1,1",
    ),
    (
        b"x = '\xf0\x9f\x98'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xf0' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,6-1,6",
    ),
    (
        b"x = '\xc0\xaf'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xc0' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,6-1,6",
    ),
    (
        b"x = '\xf4\x90\x80\x80'\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xf4' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,6-1,6",
    ),
    (
        b"\xff",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 1,1-1,1",
    ),
    (
        b"x\n\n\xfe",
        "SyntaxError: Non-UTF-8 code starting with '\\xfe' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 3,1-3,1",
    ),
    (b"# coding: latin-1\r\n\xff\r\n", "OK"),
    (b"\r\n# coding: latin-1\r\n\xff", "OK"),
    (b"# vim:fileencoding=latin-1\n\xff\n", "OK"),
    (b"# coding=latin-1\n\xff\n", "OK"),
    (
        b"# codingg: latin-1\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
    (b"# xcoding: latin-1\n\xff\n", "OK"),
    (b"# coding: latin-1-unix\n\xff\n", "OK"),
    (b"# coding: iso-latin-1\n\xff\n", "OK"),
    (
        b"# coding: utf-8-sig\n\xef\xbb\xbfx\n",
        "SyntaxError: invalid non-printable character U+FEFF @ 2,1-2,1",
    ),
    (
        b"# coding: utf_8\n\xff\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details @ 2,1-2,1",
    ),
];

/// String constants of CPython's Lib/test/test_{tokenize,fstring,string_literals,syntax,eof,
/// grammar,exceptions}.py compiled as programs: those with errors or warnings the lexical
/// layer decides (same notation as COMPILE_CASES).
pub(super) const CPYTHON_TEST_SNIPPETS: &[(&str, &str)] = &[
    (
        "'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "\"",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "ä = '''thîs is ",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("ä = 5\\\n", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    (
        "ä = '''thîs is \na \ntest",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @ 1,5-1,5",
    ),
    (
        "\"\\Xhh\" \\",
        "SyntaxError: unexpected EOF while parsing @ 1,9-1,-1\n  WARN SyntaxWarning: \"\\X\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\X\"? A raw string is also an option. @ 1",
    ),
    ("ä = 5\\", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    ("\\", "SyntaxError: unexpected EOF while parsing @ 1,2-1,-1"),
    ("ä = 6\\", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    ("    \\", "SyntaxError: unexpected EOF while parsing @ 1,6-1,-1"),
    (
        "# coding: latin1\nä = '''thîs is \na \ntest",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 4) @ 2,5-2,5",
    ),
    (
        "# coding:latin1\nä = 5\\",
        "SyntaxError: unexpected EOF while parsing @ 2,7-2,-1",
    ),
    (
        "# coding:latin1\nä = 7\\",
        "SyntaxError: unexpected EOF while parsing @ 2,7-2,-1",
    ),
    ("ä = 8\\", "SyntaxError: unexpected EOF while parsing @ 1,7-1,-1"),
    (
        "if True:\n        print()\n\texec \"mixed tabs and spaces\"",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "Won't work if __debug__ is False",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "ImportError\\(\\) got an unexpected keyword argument 'invalid'",
        "SyntaxError: unexpected character after line continuation character @ 1,13-1,0",
    ),
    (
        "# -*- coding: ascii -*-\n\n(\n",
        "SyntaxError: '(' was never closed @ 3,1-3,0",
    ),
    (
        "\"\\\n\"(1 for c in I,\\\n\\",
        "SyntaxError: '(' was never closed @ 2,2-2,0",
    ),
    (
        "def spam():\n  print(1)\n print(2)",
        "IndentationError: unindent does not match any outer indentation level @ 3,10-3,-1",
    ),
    (
        "x = \"a",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "a = « hello » « world »",
        "SyntaxError: invalid character '«' (U+00AB) @ 1,5-1,5",
    ),
    ("(0x+1)", "SyntaxError: invalid hexadecimal literal @ 1,3-1,3"),
    ("x = 0xI", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    (
        "0010 + 2",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,1-1,3",
    ),
    ("x = 32e-+4", "SyntaxError: invalid decimal literal @ 1,8-1,8"),
    ("x = 0o9", "SyntaxError: invalid digit '9' in octal literal @ 1,7-1,7"),
    ("α = 0xI", "SyntaxError: invalid hexadecimal literal @ 1,6-1,6"),
    ("[interesting\nfoo()\n", "SyntaxError: '[' was never closed @ 1,1-1,0"),
    (
        "f'''\n            {\n            (123_a)\n            }'''",
        "SyntaxError: invalid decimal literal @ 3,17-3,17",
    ),
    (
        "f'''\n            {\n            f\"\"\"\n            {\n            (123_a)\n            }\n            \"\"\"\n            }'''",
        "SyntaxError: invalid decimal literal @ 5,17-5,17",
    ),
    (
        "'baz' codec can't encode characters in position 1-4: foo",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "'baz' codec can't encode characters in position 1-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "'4000' codec can't encode characters in position 1-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,17-1,17",
    ),
    (
        "'4000' codec can't encode characters in position 1000-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,17-1,17",
    ),
    (
        "'baz' codec can't decode bytes in position 1-4: foo",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "'baz' codec can't decode byte 0x78 in position 1: foo",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "'baz' codec can't decode bytes in position 1-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "'4000' codec can't decode bytes in position 1-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,17-1,17",
    ),
    (
        "'4000' codec can't decode bytes in position 1000-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,17-1,17",
    ),
    (
        "can't translate characters in position 1-4: foo",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "can't translate character '\\x78' in position 1: foo",
        "SyntaxError: unexpected character after line continuation character @ 1,29-1,0",
    ),
    (
        "can't translate characters in position 1-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "can't translate characters in position 1000-4: 965230951443685724997",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "if 1:\n            import _testcapi\n            _testcapi.run_in_subinterp(\"[0]*",
        "SyntaxError: unterminated string literal (detected at line 3) @ 3,40-3,40",
    ),
    (
        "\")\n            exit(0)\n        ",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "try:\n\t1/0\n    \t1/0\nfinally:\n pass\n",
        "TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
    ),
    (
        "b\"fooжжж\"",
        "SyntaxError: bytes can only contain ASCII literal characters @ 1,1-1,10",
    ),
    (
        "can't instantiate BadException",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "Windows Error 0x%x",
        "SyntaxError: invalid hexadecimal literal @ 1,16-1,16",
    ),
    (
        "\u{feff}",
        "SyntaxError: invalid non-printable character U+FEFF @ 1,1-1,1",
    ),
    (
        "pickled \"%r\", attribute \"%s",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,25-1,25",
    ),
    (
        "\nimport builtins\nbuiltins.__import__ = builtins  # Breaks warning machinery so _get_resized_exprs returns NULL\ntry:\n    compile('\"x\"f\"\\]\"b\"\"', '<test>', 'exec')\nexcept Exception:\n    pass\n",
        "OK\n  WARN SyntaxWarning: \"\\]\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\]\"? A raw string is also an option. @ 5",
    ),
    (
        "x = 1 + 1\ny = 2 + 2\nz = f\"\"\"\nsdfjnsdfjsdf\nsdfsdfs{1+\n2} dfigdf {3+\n4}sdufsd\"\"\n",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 7) @ 3,5-3,5",
    ),
    (
        "f\"{1+2:{1+2:{1+1:{1}}}}\"",
        "SyntaxError: f-string: expressions nested too deeply @ 1,17-1,17",
    ),
    ("{", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    ("a{", "SyntaxError: '{' was never closed @ 1,2-1,0"),
    ("{b", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    ("a{b", "SyntaxError: '{' was never closed @ 1,2-1,0"),
    ("}", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("a}", "SyntaxError: unmatched '}' @ 1,2-1,2"),
    ("}b", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("a}b", "SyntaxError: unmatched '}' @ 1,2-1,2"),
    ("{10", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    ("}10", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("}{10", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("}a{10", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("10{", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    ("10}", "SyntaxError: unmatched '}' @ 1,3-1,3"),
    ("10}{", "SyntaxError: unmatched '}' @ 1,3-1,3"),
    ("10}a{}", "SyntaxError: unmatched '}' @ 1,3-1,3"),
    ("{xdef", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    ("{{xdef", "SyntaxError: '{' was never closed @ 1,2-1,0"),
    ("x}}def", "SyntaxError: unmatched '}' @ 1,2-1,2"),
    ("defx}}", "SyntaxError: unmatched '}' @ 1,5-1,5"),
    ("1def2", "SyntaxError: invalid decimal literal @ 1,1-1,1"),
    ("1def", "SyntaxError: invalid decimal literal @ 1,1-1,1"),
    ("☃", "SyntaxError: invalid character '☃' (U+2603) @ 1,1-1,1"),
    (
        "\\t",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\u0394",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\U00000394",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\x20",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\42",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\g",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\Nspam",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\&",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\(unicode error\\) 'unicodeescape' codec can't decode bytes in position .*: malformed \\\\N character escape",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    ("{1+1", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    (
        "\\'",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\\"",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\\"\\'",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\'\\\"",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\\"\\'\\\"",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\'\\\"\\'",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\\"\\'\\\"\\'",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\{\\}",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\{",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\{2",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\}2",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "2\\}",
        "SyntaxError: unexpected character after line continuation character @ 1,3-1,0",
    ),
    (
        "\\\\",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\\\\\\\",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    ("1}", "SyntaxError: unmatched '}' @ 1,2-1,2"),
    (
        "eric's",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "xeric\"sy",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,6-1,6",
    ),
    (
        "xeric\"s",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,6-1,6",
    ),
    (
        "eric\"sy",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    ("98abc", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    ("98Xabc", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    ("98abcX", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    ("98XabcY", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    ("fu''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("uf''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("Fu''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("fU''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("Uf''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("uF''", "SyntaxError: 'u' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("ufr''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("urf''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("fur''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("fru''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("rfu''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("ruf''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("FUR''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("Fur''", "SyntaxError: 'u' and 'r' prefixes are incompatible @ 1,1-1,4"),
    ("fb''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("fB''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("Fb''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("FB''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("bf''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("bF''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("Bf''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("BF''", "SyntaxError: 'b' and 'f' prefixes are incompatible @ 1,1-1,3"),
    ("}}}}}}}}}3", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("{{{{{{{{{2", "SyntaxError: '{' was never closed @ 1,9-1,0"),
    ("h1y=20h2y=20h3y=20", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("f'{C=]'", "SyntaxError: f-string: unmatched ']' @ 1,6-1,6"),
    (
        "f'{1:d\n}'",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,7-1,7",
    ),
    (
        "f'__{\n                1:d\n            }__'",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 2,20-2,20",
    ),
    (
        "f\"{value:.\n               {'2f'}}\"",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,11-1,11",
    ),
    (
        "f\"{value:\n               {'.2f'}f}\"",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,10-1,10",
    ),
    (
        "f\"{value:\n                #{'x'}}\"",
        "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @ 1,10-1,10",
    ),
    (
        "\\xFF",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\xFF \\n",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "f'{\"x'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "f'{\"x}'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "f'{(\"x'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "f'{(\"x}'",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "f'{((}'",
        "SyntaxError: closing parenthesis '}' does not match opening parenthesis '(' @ 1,6-1,6",
    ),
    (
        "f'{a[4)}'",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' @ 1,7-1,7",
    ),
    (
        "f'{a(4]}'",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1,7-1,7",
    ),
    (
        "f'{a[4}'",
        "SyntaxError: closing parenthesis '}' does not match opening parenthesis '[' @ 1,7-1,7",
    ),
    (
        "f'{a(4}'",
        "SyntaxError: closing parenthesis '}' does not match opening parenthesis '(' @ 1,7-1,7",
    ),
    ("}'", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("f\"{", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    ("}\"", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("}{", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("}a{", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("}a{}", "SyntaxError: unmatched '}' @ 1,1-1,1"),
    ("{x", "SyntaxError: '{' was never closed @ 1,1-1,0"),
    ("{{x", "SyntaxError: '{' was never closed @ 1,2-1,0"),
    ("x}}", "SyntaxError: unmatched '}' @ 1,2-1,2"),
    ("f'{3' f\"}\"", "SyntaxError: f-string: expecting '}' @ 1,5-1,5"),
    ("f'{1#}'", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    ("f'{#}'", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    ("f'one: {1#}'", "SyntaxError: '{' was never closed @ 1,8-1,0"),
    (
        "f'{1# one} {2 this is a comment still#}'",
        "SyntaxError: '{' was never closed @ 1,3-1,0",
    ),
    ("f'{)#}'", "SyntaxError: f-string: unmatched ')' @ 1,4-1,4"),
    ("1xy", "SyntaxError: invalid decimal literal @ 1,1-1,1"),
    (
        "f\"{F():¯\\_(ツ)_/¯}\"",
        "OK\n  WARN SyntaxWarning: \"\\_\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\_\"? A raw string is also an option. @ 1",
    ),
    (
        "f'''{\u{a0}}'''",
        "SyntaxError: invalid non-printable character U+00A0 @ 1,6-1,6",
    ),
    (
        "\u{a0}",
        "SyntaxError: invalid non-printable character U+00A0 @ 1,1-1,1",
    ),
    ("f'{3)+(4}'", "SyntaxError: f-string: unmatched ')' @ 1,5-1,5"),
    (
        "f'\\{6*7}'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    (
        "f'\\g'",
        "OK\n  WARN SyntaxWarning: \"\\g\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\g\"? A raw string is also an option. @ 1",
    ),
    (
        "\\N",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "f'\\N'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,5-1,6",
    ),
    (
        "f'\\N '",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,6-1,7",
    ),
    (
        "f'\\N  '",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,7-1,8",
    ),
    (
        "f'\\N{'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape @ 1,6-1,7",
    ),
    (
        "f'\\N{GREEK CAPITAL LETTER DELTA'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-28: malformed \\N character escape @ 1,32-1,33",
    ),
    (
        "'\\N'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,1-1,5",
    ),
    (
        "'\\N '",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,1-1,6",
    ),
    (
        "'\\N  '",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape @ 1,1-1,7",
    ),
    (
        "'\\N{'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape @ 1,1-1,6",
    ),
    (
        "'\\N{GREEK CAPITAL LETTER DELTA'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-28: malformed \\N character escape @ 1,1-1,32",
    ),
    (
        "f'\\{{\\}}'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1\n  WARN SyntaxWarning: \"\\}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\}\"? A raw string is also an option. @ 1",
    ),
    (
        "f'\\{{'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    (
        "f'\\{{{1+1}'",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    (
        "f'\\}}{1+1}'",
        "OK\n  WARN SyntaxWarning: \"\\}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\}\"? A raw string is also an option. @ 1",
    ),
    (
        "f'{1+1}\\}}'",
        "OK\n  WARN SyntaxWarning: \"\\}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\}\"? A raw string is also an option. @ 1",
    ),
    (
        "\\}",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    ("f'{3!'", "SyntaxError: f-string: expecting '}' @ 1,6-1,6"),
    ("f'{3!s'", "SyntaxError: f-string: expecting '}' @ 1,7-1,7"),
    ("f'{{}'", "SyntaxError: f-string: single '}' is not allowed @ 1,5-1,5"),
    ("f'{{}}}'", "SyntaxError: f-string: single '}' is not allowed @ 1,7-1,7"),
    ("f'}'", "SyntaxError: f-string: single '}' is not allowed @ 1,3-1,3"),
    ("f'x}'", "SyntaxError: f-string: single '}' is not allowed @ 1,4-1,4"),
    ("f'x}x'", "SyntaxError: f-string: single '}' is not allowed @ 1,4-1,4"),
    (
        "f'\\u007b}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,9-1,9",
    ),
    (
        "f'{3:}>10}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,10-1,10",
    ),
    (
        "f'{3:}}>10}'",
        "SyntaxError: f-string: single '}' is not allowed @ 1,7-1,7",
    ),
    ("f'{3'", "SyntaxError: f-string: expecting '}' @ 1,5-1,5"),
    ("f'x{'", "SyntaxError: f-string: expecting '}' @ 1,5-1,5"),
    ("f'x{x'", "SyntaxError: f-string: expecting '}' @ 1,6-1,6"),
    ("f'{x'", "SyntaxError: f-string: expecting '}' @ 1,5-1,5"),
    ("f'{{{'", "SyntaxError: f-string: expecting '}' @ 1,6-1,6"),
    ("f'{{}}{'", "SyntaxError: f-string: expecting '}' @ 1,8-1,8"),
    ("f'{'", "SyntaxError: f-string: expecting '}' @ 1,4-1,4"),
    ("f'{i='", "SyntaxError: f-string: expecting '}' @ 1,6-1,6"),
    (
        "can't use starred expression here",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,4-1,4",
    ),
    (
        "f\"",
        "SyntaxError: unterminated f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "f'",
        "SyntaxError: unterminated f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "f\"\"\"",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "f'''",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 1) @ 1,1-1,1",
    ),
    ("f'{", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    (
        "\\'a\\'",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\t3",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (".2f", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    (
        "f'{b\"\\N{OX}\"=}'",
        "OK\n  WARN SyntaxWarning: \"\\N\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\N\"? A raw string is also an option. @ 1",
    ),
    (
        "\\xff",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "\\n",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    (
        "z = f\"\"\"",
        "SyntaxError: unterminated triple-quoted f-string literal (detected at line 1) @ 1,5-1,5",
    ),
    (
        "print(f'\\{1}')",
        "OK\n  WARN SyntaxWarning: \"\\{\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{\"? A raw string is also an option. @ 1",
    ),
    ("(", "SyntaxError: '(' was never closed @ 1,1-1,0"),
    (
        "{f\"1:",
        "SyntaxError: unterminated f-string literal (detected at line 1) @ 1,2-1,2",
    ),
    ("0x", "SyntaxError: invalid hexadecimal literal @ 1,2-1,2"),
    ("f'{3!", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    (".1f", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    ("1d", "SyntaxError: invalid decimal literal @ 1,1-1,1"),
    (
        "doesn't \"shrink\" does it",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,6-1,6",
    ),
    (
        "does \"shrink\" doesn't it",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,20-1,20",
    ),
    (
        "01234",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,1-1,2",
    ),
    ("0 if 1Else 0", "SyntaxError: invalid decimal literal @ 1,6-1,6"),
    ("0b12", "SyntaxError: invalid digit '2' in binary literal @ 1,4-1,4"),
    ("0b1_2", "SyntaxError: invalid digit '2' in binary literal @ 1,5-1,5"),
    ("0b2", "SyntaxError: invalid digit '2' in binary literal @ 1,3-1,3"),
    ("0b1_", "SyntaxError: invalid binary literal @ 1,4-1,4"),
    ("0b", "SyntaxError: invalid binary literal @ 1,2-1,2"),
    ("0o18", "SyntaxError: invalid digit '8' in octal literal @ 1,4-1,4"),
    ("0o1_8", "SyntaxError: invalid digit '8' in octal literal @ 1,5-1,5"),
    ("0o8", "SyntaxError: invalid digit '8' in octal literal @ 1,3-1,3"),
    ("0o1_", "SyntaxError: invalid octal literal @ 1,4-1,4"),
    ("0o", "SyntaxError: invalid octal literal @ 1,2-1,2"),
    ("0x1_", "SyntaxError: invalid hexadecimal literal @ 1,4-1,4"),
    ("1_", "SyntaxError: invalid decimal literal @ 1,2-1,2"),
    (
        "012",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,1-1,2",
    ),
    (
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        "SyntaxError: invalid octal literal @ 1,70-1,70",
    ),
    ("1.2_", "SyntaxError: invalid decimal literal @ 1,4-1,4"),
    ("1e2_", "SyntaxError: invalid decimal literal @ 1,4-1,4"),
    ("1e+", "SyntaxError: invalid decimal literal @ 1,3-1,3"),
    (
        "[0x1ffor x in ()]",
        "OK\n  WARN SyntaxWarning: invalid hexadecimal literal @ 1",
    ),
    (
        "[0x1for x in ()]",
        "OK\n  WARN SyntaxWarning: invalid hexadecimal literal @ 1",
    ),
    (
        "[0xfor x in ()]",
        "OK\n  WARN SyntaxWarning: invalid hexadecimal literal @ 1",
    ),
    ("def foo(", "SyntaxError: '(' was never closed @ 1,8-1,0"),
    ("\ndef foo(", "SyntaxError: '(' was never closed @ 2,8-2,0"),
    ("def foo(\n", "SyntaxError: '(' was never closed @ 1,8-1,0"),
    ("1 if 1else 0", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("1 if 0else 0", "OK\n  WARN SyntaxWarning: invalid decimal literal @ 1"),
    ("[", "SyntaxError: '[' was never closed @ 1,1-1,0"),
    ("for x in ()]", "SyntaxError: unmatched ']' @ 1,12-1,12"),
    (
        "invalid character '⁄' \\(U\\+2044\\)",
        "SyntaxError: unexpected character after line continuation character @ 1,24-1,0",
    ),
    (
        "invalid \\w+ literal",
        "SyntaxError: unexpected character after line continuation character @ 1,10-1,0",
    ),
    (")", "SyntaxError: unmatched ')' @ 1,1-1,1"),
    ("⁄7", "SyntaxError: invalid character '⁄' (U+2044) @ 1,1-1,1"),
    (
        "、、、、、、、、、、、、、、、、、",
        "SyntaxError: invalid character '、' (U+3001) @ 1,1-1,1",
    ),
    (
        "b'\u{80}'\n",
        "SyntaxError: bytes can only contain ASCII literal characters @ 1,1-1,5",
    ),
    (
        "\\x01",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
    ("𝄠", "SyntaxError: invalid character '𝄠' (U+1D120) @ 1,1-1,1"),
    (
        "'''\n\\z'''",
        "OK\n  WARN SyntaxWarning: \"\\z\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\z\"? A raw string is also an option. @ 2",
    ),
    (
        "'''\n\\407'''",
        "OK\n  WARN SyntaxWarning: \"\\407\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\407\"? A raw string is also an option. @ 2",
    ),
    (
        "\"'''''''''''''''''''''invalid\\ Escape\"",
        "OK\n  WARN SyntaxWarning: \"\\ \" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\ \"? A raw string is also an option. @ 1",
    ),
    (
        "\"''Incorrect \\ logic?\"",
        "OK\n  WARN SyntaxWarning: \"\\ \" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\ \"? A raw string is also an option. @ 1",
    ),
    (
        "b'''\n\\z'''",
        "OK\n  WARN SyntaxWarning: \"\\z\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\z\"? A raw string is also an option. @ 2",
    ),
    (
        "b'''\n\\407'''",
        "OK\n  WARN SyntaxWarning: \"\\407\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\407\"? A raw string is also an option. @ 2",
    ),
    (
        "'\\%c'",
        "OK\n  WARN SyntaxWarning: \"\\%\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%\"? A raw string is also an option. @ 1",
    ),
    (
        "'\\%o'",
        "OK\n  WARN SyntaxWarning: \"\\%\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%\"? A raw string is also an option. @ 1",
    ),
    (
        "b'\\%c'",
        "OK\n  WARN SyntaxWarning: \"\\%\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%\"? A raw string is also an option. @ 1",
    ),
    (
        "b'\\%o'",
        "OK\n  WARN SyntaxWarning: \"\\%\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%\"? A raw string is also an option. @ 1",
    ),
    (
        "\\\nif x:\n    y = 1\n  \\\n  foo = 1\n        ",
        "IndentationError: unindent does not match any outer indentation level @ 5,10-5,-1",
    ),
    ("([{", "SyntaxError: '{' was never closed @ 1,3-1,0"),
    (")]}", "SyntaxError: unmatched ')' @ 1,1-1,1"),
    (
        "func(\n    a=[\"unclosed], # Need a quote in this comment: \"\n    b=2,\n)\n",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 2 @ 4,1-4,1",
    ),
    (
        "if 1:\n  foo()\n bar()",
        "IndentationError: unindent does not match any outer indentation level @ 3,7-3,-1",
    ),
    ("): yield a", "SyntaxError: unmatched ')' @ 1,1-1,1"),
    (
        "a = 3 \\ 4",
        "SyntaxError: unexpected character after line continuation character @ 1,8-1,0",
    ),
    (
        "1,\\#\n2",
        "SyntaxError: unexpected character after line continuation character @ 1,4-1,0",
    ),
    (
        "\nfgdfgf\n1,\\#\n2\n",
        "SyntaxError: unexpected character after line continuation character @ 3,4-3,0",
    ),
    (
        "A.Ɗ\\ ",
        "SyntaxError: unexpected character after line continuation character @ 1,5-1,0",
    ),
    ("A.μ\\\n", "SyntaxError: unexpected EOF while parsing @ 1,5-1,-1"),
    (
        "match y:\n case e(e=v,v,",
        "SyntaxError: '(' was never closed @ 2,8-2,0",
    ),
    (
        "'blech",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "unterminated string literal \\(.*\\)$",
        "SyntaxError: unexpected character after line continuation character @ 1,30-1,0",
    ),
    (
        "\"blech",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "\"blech\\\"",
        "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @ 1,1-1,1",
    ),
    (
        "unterminated string literal \\(.*\\); perhaps you escaped the end quote",
        "SyntaxError: unexpected character after line continuation character @ 1,30-1,0",
    ),
    (
        "r\"blech\\\"",
        "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @ 1,1-1,1",
    ),
    (
        "'''blech",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "\"\"\"blech",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "print\u{17}(\"Hello\")",
        "SyntaxError: invalid non-printable character U+0017 @ 1,6-1,6",
    ),
    (
        "' in a 'finally' block",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,16-1,16",
    ),
    (
        "\nclass A:\n    class B[",
        "SyntaxError: '[' was never closed @ 3,12-3,0",
    ),
    ("]: pass\n                ", "SyntaxError: unmatched ']' @ 1,1-1,1"),
    (
        "' was never closed",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "unmatched '\\",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,11-1,11",
    ),
    ("2sin(x)", "SyntaxError: invalid decimal literal @ 1,1-1,1"),
    (
        "0_7",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,1-1,3",
    ),
    (
        "09_99",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1,1-1,2",
    ),
    ("); x", "SyntaxError: unmatched ')' @ 1,1-1,1"),
    (
        "(1+2]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1,5-1,5",
    ),
    (
        "(1+2}",
        "SyntaxError: closing parenthesis '}' does not match opening parenthesis '(' @ 1,5-1,5",
    ),
    (
        "{1+2]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '{' @ 1,5-1,5",
    ),
    ("€", "SyntaxError: invalid character '€' (U+20AC) @ 1,1-1,1"),
    (
        "'sdfsdf",
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1",
    ),
    (
        "'''sdfsdf''",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @ 1,1-1,1",
    ),
    ("]", "SyntaxError: unmatched ']' @ 1,1-1,1"),
    ("\\\n", "SyntaxError: unexpected EOF while parsing @ 1,2-1,-1"),
    ("\\\n\\\n", "SyntaxError: unexpected EOF while parsing @ 2,2-2,-1"),
    (
        "\\s+",
        "SyntaxError: unexpected character after line continuation character @ 1,2-1,0",
    ),
];
