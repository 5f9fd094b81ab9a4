import helper
import does_not_exist
