result = function_name(
    argument_one,
    argument_two,
)
