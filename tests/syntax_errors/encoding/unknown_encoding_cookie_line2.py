#!/usr/bin/env python
# coding=made-up-codec
pass
