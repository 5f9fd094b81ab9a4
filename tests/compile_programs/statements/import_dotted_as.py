import xml.etree.ElementTree as ET
import importlib.util
