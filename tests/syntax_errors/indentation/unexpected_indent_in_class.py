class A:
    x = 1

      def m(self):
        pass
